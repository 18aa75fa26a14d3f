import { randomUUID } from 'node:crypto';
import { waitFor } from '@crm/platform-testing';

/**
 * SLA settings of one caller's queue for the authorization matrix's SLA rows: a policy and a
 * calendar at version 1 to update, and a spare queue without a calendar to create one for. Each
 * role has its own queues, so the one-per-queue rules never make rows disturb each other.
 */
export interface SlaFixture {
  policyId: string;
  calendarId: string;
  /** A support team the service knows, with no calendar yet. */
  spareQueueId: string;
}

type Send = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

const CREATE_POLICY = `mutation ($queueId: ID!, $priority: TicketPriority!) {
  createSlaPolicy(input: { name: "Matrix", queueId: $queueId, priority: $priority, firstResponseMinutes: 60, resolutionMinutes: 480, escalationAction: RAISE_PRIORITY }) { id }
}`;
const CREATE_CALENDAR = `mutation ($queueId: ID!) {
  createBusinessCalendar(input: { name: "Matrix", timeZone: "Europe/Berlin", queueId: $queueId, weeklyHours: [{ day: MONDAY, start: "09:00", end: "17:00" }] }) { id }
}`;

/** Made by an admin for the caller's queue `queueId` (a team the service already knows). */
export async function createSlaFixture(send: Send, queueId: string, managerId: string): Promise<SlaFixture> {
  const { createSlaPolicy } = await send<{ createSlaPolicy: { id: string } }>(CREATE_POLICY, {
    queueId,
    priority: 'LOW',
  });
  const { createBusinessCalendar } = await send<{ createBusinessCalendar: { id: string } }>(CREATE_CALENDAR, {
    queueId,
  });
  const { createTeam } = await send<{ createTeam: { id: string } }>(
    `mutation ($name: String!, $managerId: ID!) { createTeam(input: { name: $name, managerId: $managerId }) { id } }`,
    { name: `Matrix spare ${randomUUID()}`, managerId },
  );
  // The service learns the team from its event; a policy for its queue succeeds once it has.
  await waitFor(() => send(CREATE_POLICY, { queueId: createTeam.id, priority: 'URGENT' }));
  return { policyId: createSlaPolicy.id, calendarId: createBusinessCalendar.id, spareQueueId: createTeam.id };
}
