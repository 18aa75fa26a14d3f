import type { Audience } from '../audience';

/** A ticket's news goes to the agent who works it and to the manager of its queue (a team). */
export function ticketAudience(assigneeId: string | null, queueId: string | null): Audience[] {
  return [...(assigneeId ? [{ user: assigneeId }] : []), ...(queueId ? [{ managerOfTeam: queueId }] : [])];
}
