import { randomUUID } from 'node:crypto';
import { waitFor } from '@crm/platform-testing';

/**
 * Tickets of one caller's queue for the authorization matrix's ticket rows: an agent on the team
 * (known to the service once identity's user.created arrived) and one ticket per mutating row in
 * the status it starts from, so rows never disturb each other.
 */
export interface TicketFixture {
  /** A SUPPORT_AGENT on the caller's team: who assignTicket hands tickets to. */
  agentId: string;
  /** ASSIGNED to the agent: moveTicket starts it. */
  toStart: string;
  /** NEW: assignTicket gives it to the agent. */
  toAssign: string;
  /** NEW: mergeTicket closes it into the caller's ticket. */
  duplicate: string;
}

type Send = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

const CREATE_AGENT = `mutation ($email: String!, $teamId: ID!) {
  createUser(input: { name: "Matrix agent", email: $email, roles: ["SUPPORT_AGENT"], teamId: $teamId }) { id }
}`;
const OPEN = `mutation ($customerId: ID!, $queueId: ID!) {
  openTicket(input: { customerId: $customerId, queueId: $queueId, subject: "Matrix" }) { id }
}`;
const ASSIGN = `mutation ($ticketId: ID!, $agentId: ID!) { assignTicket(input: { ticketId: $ticketId, assigneeId: $agentId }) { id } }`;

/** Made by an admin in the caller's team's queue. */
export async function createTicketFixture(
  send: Send,
  customerId: string,
  queueId: string,
): Promise<TicketFixture> {
  const { createUser } = await send<{ createUser: { id: string } }>(CREATE_AGENT, {
    email: `matrix-agent-${randomUUID()}@example.com`,
    teamId: queueId,
  });
  const open = async () =>
    (await send<{ openTicket: { id: string } }>(OPEN, { customerId, queueId })).openTicket.id;
  const [toStart, toAssign, duplicate] = [await open(), await open(), await open()];
  // The service learns the agent from identity's event: the assignment may wait for it.
  await waitFor(() => send(ASSIGN, { ticketId: toStart, agentId: createUser.id }));
  return { agentId: createUser.id, toStart, toAssign, duplicate };
}
