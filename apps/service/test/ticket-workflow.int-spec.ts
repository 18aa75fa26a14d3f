import { randomUUID } from 'node:crypto';
import { parseEvent, SYSTEM_ACTOR, type AnyCloudEvent } from '@crm/events';
import {
  DEMO_ADMIN,
  EventProbe,
  graphqlRequest,
  startPlatform,
  tokenFor,
  waitFor,
  type TestPlatform,
} from '@crm/platform-testing';
import { scopeOfJob } from '@crm/subgraph-kit';
import { addComment } from '../src/changes/ticket.changes';
import { createCustomer, createSupportDesk, type SupportDesk } from './support/support-desk';

const TICKET_FIELDS = `id number status version category severity priority
  assignee { id } requester { email name } resolution rootCause correctiveAction
  firstRespondedAt resolvedAt closedAt mergedInto { id }`;
const OPEN = `mutation ($input: OpenTicketInput!) { openTicket(input: $input) { ${TICKET_FIELDS} } }`;
const MOVE = `mutation ($input: MoveTicketInput!) { moveTicket(input: $input) { ${TICKET_FIELDS} } }`;
const REPLY = `mutation ($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id visibility authorKind author { id } body } }`;
const NOTE = `mutation ($input: ReplyToTicketInput!) { addTicketNote(input: $input) { id visibility } }`;
const MERGE = `mutation ($input: MergeTicketInput!) { mergeTicket(input: $input) { id comments { body } } }`;
const ASSIGN = `mutation ($input: AssignTicketInput!) { assignTicket(input: $input) { ${TICKET_FIELDS} } }`;
const RULE = `mutation ($input: SetQueueAssignmentRuleInput!) {
  setQueueAssignmentRule(input: $input) { id assignmentRule { kind } agents { id } }
}`;
const DETAILS = `query ($id: ID!) { ticket(id: $id) {
  ${TICKET_FIELDS}
  comments { visibility authorKind body authorEmail }
  history { fromStatus toStatus actor { id } reason }
} }`;

interface TicketView {
  id: string;
  number: number;
  status: string;
  version: number;
  category: string;
  assignee: { id: string } | null;
  requester: { email: string | null; name: string | null };
  resolution: string | null;
  firstRespondedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  mergedInto: { id: string } | null;
  comments: { visibility: string; authorKind: string; body: string; authorEmail: string | null }[];
  history: {
    fromStatus: string | null;
    toStatus: string;
    actor: { id: string } | null;
    reason: string | null;
  }[];
}

describe('ticket workflow through the gateway, with its events on Kafka', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let admin: string;
  let desk: SupportDesk;
  let customerId: string;
  const send = async <T>(query: string, input: Record<string, unknown>, token: string) =>
    graphqlRequest<T>(platform.gatewayUrl, query, { input }, token);
  const ok = async <T>(query: string, input: Record<string, unknown>, token: string): Promise<T> => {
    const response = await send<T>(query, input, token);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const open = async (input: Record<string, unknown>, token = desk.manager) =>
    (await ok<{ openTicket: TicketView }>(OPEN, { customerId, queueId: desk.queueId, ...input }, token))
      .openTicket;
  const move = async (ticketId: string, to: string, token: string, extra: Record<string, unknown> = {}) =>
    (await ok<{ moveTicket: TicketView }>(MOVE, { ticketId, to, ...extra }, token)).moveTicket;
  const details = async (id: string, token: string) => {
    const response = await graphqlRequest<{ ticket: TicketView }>(
      platform.gatewayUrl,
      DETAILS,
      { id },
      token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.ticket;
  };
  const eventsOf = (ticketId: string): AnyCloudEvent[] =>
    probe.messages.filter((message) => message.key === ticketId).map((message) => parseEvent(message.value));
  /** A customer's mailed reply, as the mail listener adds it: by the platform, not a user. */
  const customerReplies = (ticketId: string, body: string) =>
    addComment(
      scopeOfJob('service', platform.subgraphs.service.dataSource, {
        actor: SYSTEM_ACTOR,
        correlationId: randomUUID(),
      }),
      {
        ticketId,
        visibility: 'PUBLIC',
        authorKind: 'CUSTOMER',
        authorUserId: null,
        authorEmail: 'Jane@Example.com',
        authorName: 'Jane',
        body,
      },
    );

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start(['crm.service.ticket.v1']);
    admin = await tokenFor();
    desk = await createSupportDesk(platform, admin, 2);
    customerId = await createCustomer(platform, admin, 'Helpdesk GmbH');
    const rule = await ok<{ setQueueAssignmentRule: { agents: { id: string }[] } }>(
      RULE,
      { queueId: desk.queueId, kind: 'ROUND_ROBIN' },
      desk.manager,
    );
    expect(rule.setQueueAssignmentRule.agents.map((agent) => agent.id).sort()).toEqual(
      desk.agents.map((agent) => agent.id).sort(),
    );
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('assigns new tickets round-robin and takes them through the whole lifecycle, with history and events', async () => {
    const agentIds = desk.agents.map((agent) => agent.id).sort();
    const ticket = await open({
      subject: 'Sync fails',
      source: 'EMAIL',
      category: 'INCIDENT',
      requesterEmail: 'jane@example.com',
      requesterName: 'Jane',
    });
    const next = await open({ subject: 'Another one' });
    expect([ticket.status, next.status]).toEqual(['ASSIGNED', 'ASSIGNED']);
    expect([ticket.assignee?.id, next.assignee?.id]).toEqual(agentIds);
    expect(ticket.number).toBeGreaterThanOrEqual(1001);
    const agent = desk.agents.find((candidate) => candidate.id === ticket.assignee!.id)!.token;

    await ok(REPLY, { ticketId: ticket.id, body: 'We are on it' }, agent);
    await ok(NOTE, { ticketId: ticket.id, body: 'Probably the token cache' }, agent);
    await move(ticket.id, 'IN_PROGRESS', agent);
    await move(ticket.id, 'WAITING_ON_CUSTOMER', agent, { reason: 'Asked for the log' });
    const answered = await customerReplies(ticket.id, 'Here is the log');
    expect(answered.ticket.status).toBe('IN_PROGRESS');
    const resolved = await move(ticket.id, 'RESOLVED', agent, { resolution: 'Cleared the token cache' });
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolution: 'Cleared the token cache' });
    const reopened = await customerReplies(ticket.id, 'It fails again');
    expect(reopened.ticket.status).toBe('IN_PROGRESS');
    await move(ticket.id, 'RESOLVED', agent, { resolution: 'Replaced the sync token' });
    const closed = await move(ticket.id, 'CLOSED', agent, { reason: 'Confirmed by customer' });
    expect(closed.closedAt).not.toBeNull();

    const seen = await details(ticket.id, agent);
    expect(seen.firstRespondedAt).not.toBeNull();
    expect(seen.comments.map((comment) => [comment.visibility, comment.authorKind, comment.body])).toEqual([
      ['PUBLIC', 'AGENT', 'We are on it'],
      ['INTERNAL', 'AGENT', 'Probably the token cache'],
      ['PUBLIC', 'CUSTOMER', 'Here is the log'],
      ['PUBLIC', 'CUSTOMER', 'It fails again'],
    ]);
    expect(seen.history.map((line) => `${line.fromStatus}→${line.toStatus}`)).toEqual([
      'null→NEW',
      'NEW→ASSIGNED',
      'ASSIGNED→IN_PROGRESS',
      'IN_PROGRESS→WAITING_ON_CUSTOMER',
      'WAITING_ON_CUSTOMER→IN_PROGRESS',
      'IN_PROGRESS→RESOLVED',
      'RESOLVED→IN_PROGRESS',
      'IN_PROGRESS→RESOLVED',
      'RESOLVED→CLOSED',
    ]);
    expect(seen.history[3]).toMatchObject({
      actor: { id: ticket.assignee!.id },
      reason: 'Asked for the log',
    });
    expect(seen.history[4]).toMatchObject({ actor: null, reason: 'the customer replied' });

    const events = await waitFor(() => {
      const types = eventsOf(ticket.id).map((event) => event.type);
      if (!types.includes('crm.service.ticket.closed')) throw new Error(`not all on Kafka yet: ${types}`);
      return eventsOf(ticket.id);
    });
    const types = events.map((event) => event.type.replace('crm.service.ticket.', ''));
    expect(types).toEqual([
      'opened',
      'assigned',
      'status_changed',
      'replied',
      'replied',
      'status_changed',
      'status_changed',
      'replied',
      'status_changed',
      'status_changed',
      'resolved',
      'replied',
      'status_changed',
      'reopened',
      'status_changed',
      'resolved',
      'status_changed',
      'closed',
    ]);
    const replies = events.filter((event) => event.type === 'crm.service.ticket.replied');
    expect(replies.map((event) => event.data)).toEqual([
      expect.objectContaining({ visibility: 'PUBLIC', authorKind: 'AGENT', firstResponse: true }),
      expect.objectContaining({ visibility: 'INTERNAL', authorKind: 'AGENT', firstResponse: false }),
      expect.objectContaining({ visibility: 'PUBLIC', authorKind: 'CUSTOMER', firstResponse: false }),
      expect.objectContaining({ visibility: 'PUBLIC', authorKind: 'CUSTOMER', firstResponse: false }),
    ]);
    expect(JSON.stringify(events)).not.toMatch(/We are on it|jane@example.com/);
  });

  it('refuses moves the lifecycle does not allow, naming from and to, and stale versions', async () => {
    const ticket = await open({ subject: 'Out of order' });
    const skipped = await send(MOVE, { ticketId: ticket.id, to: 'CLOSED' }, desk.manager);
    expect(skipped.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.to' });
    expect(skipped.errors?.[0].message).toMatch(/from ASSIGNED to CLOSED/);
    const stale = await send(
      MOVE,
      { ticketId: ticket.id, to: 'IN_PROGRESS', version: ticket.version - 1 },
      desk.manager,
    );
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    for (const [input, field] of [
      [{ ticketId: 'nope', to: 'IN_PROGRESS' }, 'input.ticketId'],
      [{ ticketId: ticket.id, to: 'IN_PROGRESS', reason: 'x'.repeat(2001) }, 'input.reason'],
    ] as const) {
      const refused = await send(MOVE, input, desk.manager);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const badReply = await send(REPLY, { ticketId: ticket.id, body: '  ' }, desk.manager);
    expect(badReply.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.body' });
  });

  it('closes a complaint only with root cause and corrective action, and publishes complaint.closed', async () => {
    const noSeverity = await send(
      OPEN,
      { customerId, queueId: desk.queueId, subject: 'Rude courier', category: 'COMPLAINT' },
      desk.manager,
    );
    expect(noSeverity.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.severity',
    });
    const complaint = await open({ subject: 'Rude courier', category: 'COMPLAINT', severity: 'MAJOR' });
    await move(complaint.id, 'IN_PROGRESS', desk.manager);
    await move(complaint.id, 'RESOLVED', desk.manager, { resolution: 'Apologised' });
    const bare = await send(
      MOVE,
      { ticketId: complaint.id, to: 'CLOSED', rootCause: 'Courier training' },
      desk.manager,
    );
    expect(bare.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.correctiveAction',
    });
    const closed = await move(complaint.id, 'CLOSED', desk.manager, {
      rootCause: 'Courier training',
      correctiveAction: 'Courier retrained; complaints go to the carrier',
    });
    expect(closed).toMatchObject({ status: 'CLOSED', rootCause: 'Courier training' });
    const event = await waitFor(() => {
      const found = eventsOf(complaint.id).find(
        (candidate) => candidate.type === 'crm.service.complaint.closed',
      );
      if (!found) throw new Error('complaint.closed not on Kafka yet');
      return found;
    });
    expect(event.data).toMatchObject({
      ticketId: complaint.id,
      severity: 'MAJOR',
      rootCause: 'Courier training',
    });
  });

  it('merges a duplicate: its comments move over, it closes with mergedInto', async () => {
    const original = await open({ subject: 'Cannot log in' });
    const duplicate = await open({ subject: 'Login broken' });
    await ok(REPLY, { ticketId: duplicate.id, body: 'Looking into it' }, desk.manager);
    const merged = await ok<{ mergeTicket: { id: string; comments: { body: string }[] } }>(
      MERGE,
      { duplicateId: duplicate.id, intoId: original.id },
      desk.manager,
    );
    expect(merged.mergeTicket).toEqual({ id: original.id, comments: [{ body: 'Looking into it' }] });
    const closed = await details(duplicate.id, desk.manager);
    expect(closed).toMatchObject({ status: 'CLOSED', mergedInto: { id: original.id } });
    expect(closed.history.at(-1)).toMatchObject({
      toStatus: 'CLOSED',
      reason: `merged into #${original.number}`,
    });
    const self = await send(MERGE, { duplicateId: original.id, intoId: original.id }, desk.manager);
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.intoId' });
  });

  it('reassigns by hand only to an agent of the queue', async () => {
    const ticket = await open({ subject: 'Hand over' });
    const other = desk.agents.find((agent) => agent.id !== ticket.assignee!.id)!;
    const handed = (
      await ok<{ assignTicket: TicketView }>(
        ASSIGN,
        { ticketId: ticket.id, assigneeId: other.id },
        desk.manager,
      )
    ).assignTicket;
    expect(handed.assignee).toEqual({ id: other.id });
    const outsider = await send(ASSIGN, { ticketId: ticket.id, assigneeId: randomUUID() }, desk.manager);
    expect(outsider.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.assigneeId',
    });
  });

  it('shows internal notes and requester details only to whom they are for', async () => {
    const ticket = await open({
      subject: 'Private',
      requesterEmail: 'jane@example.com',
      requesterName: 'Jane',
    });
    await ok(NOTE, { ticketId: ticket.id, body: 'VIP, handle with care' }, desk.manager);
    await ok(REPLY, { ticketId: ticket.id, body: 'Hello Jane' }, desk.manager);
    const analyst = await tokenFor({
      ...DEMO_ADMIN,
      userId: randomUUID(),
      roles: ['ANALYST'],
      teamId: null,
      managedUserIds: [],
    });
    const seen = await details(ticket.id, analyst);
    expect(seen.comments.map((comment) => comment.body)).toEqual(['Hello Jane']);
    expect(seen.requester).toEqual({ email: '••••', name: '••••' });
    const worked = await details(ticket.id, desk.manager);
    expect(worked.comments.map((comment) => comment.body)).toEqual(['VIP, handle with care', 'Hello Jane']);
    expect(worked.requester).toEqual({ email: 'jane@example.com', name: 'Jane' });
    const readOnlyNote = await send(NOTE, { ticketId: ticket.id, body: 'me too' }, analyst);
    expect(readOnlyNote.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
