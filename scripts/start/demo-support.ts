import { faker } from '@faker-js/faker';
import type { Send } from './demo-client';

/**
 * The demo support desk: a "Support" team (its queue) managed by Sven with Alex in it, so Alex's
 * token works that queue instead of FORBIDDEN, and tickets in every status of the lifecycle.
 */

/** The service learns customers, teams and users from events: a write may wait for them (up to 30 s). */
async function retryWhileUnknownToService<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const unknown = /does not exist|is neither an active support agent/.test(String(error));
      if (attempt > 300 || !unknown) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The Support team with Alex on it; returns its id, the queue's. */
/** Where demo customers write to reach the Support queue. */
export const DEMO_SUPPORT_ADDRESS = 'support@crm.localhost';

export async function createSupportTeam(send: Send, managerId: string, agentId: string): Promise<string> {
  const { createTeam } = (await send(
    'mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }',
    {
      input: { name: 'Support', managerId },
    },
  )) as { createTeam: { id: string } };
  await send(
    'mutation ($userId: ID!, $teamId: ID) { assignUserToTeam(userId: $userId, teamId: $teamId) { id } }',
    {
      userId: agentId,
      teamId: createTeam.id,
    },
  );
  // Mail to this address (the service's SMTP listener, INBOUND_SMTP_PORT) opens tickets in the queue.
  await send('mutation ($input: SetQueueMailboxInput!) { setQueueMailbox(input: $input) { address } }', {
    input: { queueId: createTeam.id, address: DEMO_SUPPORT_ADDRESS },
  });
  return createTeam.id;
}

const OPEN = 'mutation ($input: OpenTicketInput!) { openTicket(input: $input) { id status } }';
const MOVE = 'mutation ($input: MoveTicketInput!) { moveTicket(input: $input) { id } }';
const REPLY = 'mutation ($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }';
const NOTE = 'mutation ($input: ReplyToTicketInput!) { addTicketNote(input: $input) { id } }';

/** The moves after ASSIGNED that bring a demo ticket to each status, with what a desk would write. */
const PATHS: [string, Record<string, unknown>[]][] = [
  ['ASSIGNED', []],
  ['IN_PROGRESS', [{ to: 'IN_PROGRESS' }]],
  [
    'WAITING_ON_CUSTOMER',
    [{ to: 'IN_PROGRESS' }, { to: 'WAITING_ON_CUSTOMER', reason: 'Asked for the device serial number' }],
  ],
  ['RESOLVED', [{ to: 'IN_PROGRESS' }, { to: 'RESOLVED', resolution: 'Firmware updated remotely' }]],
  [
    'CLOSED',
    [{ to: 'IN_PROGRESS' }, { to: 'RESOLVED', resolution: 'Replaced the SIM card' }, { to: 'CLOSED' }],
  ],
  [
    'ARCHIVED',
    [
      { to: 'IN_PROGRESS' },
      { to: 'RESOLVED', resolution: 'Explained the report filters' },
      { to: 'CLOSED' },
      { to: 'ARCHIVED' },
    ],
  ],
];

async function openTicket(
  send: Send,
  input: Record<string, unknown>,
): Promise<{ id: string; status: string }> {
  const { openTicket: ticket } = (await retryWhileUnknownToService(() => send(OPEN, { input }))) as {
    openTicket: { id: string; status: string };
  };
  return ticket;
}

/**
 * Tickets for the demo customers in Support's queue: one NEW (opened before the queue assigns),
 * then a round-robin rule gives Alex every new ticket, taken to each status; a closed complaint.
 */
export async function loadDemoSupport(send: Send, queueId: string, agentId: string, customerIds: string[]) {
  const customer = (i: number) => customerIds[i % customerIds.length];
  const ticket = (i: number, fields: Record<string, unknown> = {}) =>
    openTicket(send, {
      customerId: customer(i),
      queueId,
      subject: faker.helpers.arrayElement([
        'Tracker offline',
        'Cannot export report',
        'Invoice question',
        'Login fails',
      ]),
      description: faker.lorem.sentences(2),
      source: faker.helpers.arrayElement(['EMAIL', 'PHONE', 'WEB_FORM', 'CHAT']),
      category: faker.helpers.arrayElement(['QUESTION', 'INCIDENT', 'REQUEST']),
      priority: faker.helpers.arrayElement(['LOW', 'NORMAL', 'HIGH', 'URGENT']),
      requesterName: faker.person.fullName(),
      requesterEmail: faker.internet.email().toLowerCase(),
      ...fields,
    });
  await ticket(0);
  // Alex must be known to the service as the queue's agent before the rule can pick them.
  const first = await ticket(1);
  await retryWhileUnknownToService(() =>
    send('mutation ($input: AssignTicketInput!) { assignTicket(input: $input) { id } }', {
      input: { ticketId: first.id, assigneeId: agentId },
    }),
  );
  await send(
    'mutation ($input: SetQueueAssignmentRuleInput!) { setQueueAssignmentRule(input: $input) { id } }',
    {
      input: { queueId, kind: 'ROUND_ROBIN' },
    },
  );
  for (const [i, [, moves]] of PATHS.entries()) {
    const { id } = await ticket(i + 2);
    if (moves.length > 0)
      await send(REPLY, {
        input: { ticketId: id, body: 'Thanks for reaching out, we are looking into it.' },
      });
    if (i % 2 === 0) await send(NOTE, { input: { ticketId: id, body: faker.lorem.sentence() } });
    for (const move of moves) await send(MOVE, { input: { ticketId: id, ...move } });
  }
  const complaint = await ticket(PATHS.length + 2, {
    subject: 'Technician missed the appointment',
    category: 'COMPLAINT',
    severity: 'MAJOR',
  });
  for (const move of [
    { to: 'IN_PROGRESS' },
    { to: 'RESOLVED', resolution: 'Apologised and rebooked the visit' },
    {
      to: 'CLOSED',
      rootCause: 'Double-booked technician calendar',
      correctiveAction: 'Dispatch now checks calendar conflicts',
    },
  ])
    await send(MOVE, { input: { ticketId: complaint.id, ...move } });
}
