import type { TicketStatus } from '../ticket-status';
import type { Pause } from './business-time';

/**
 * Statuses in which the SLA clock stands still: the team waits on the customer, or considers the
 * ticket solved (a reopened ticket's clock resumes without the time it spent resolved).
 */
export const SLA_PAUSING_STATUSES: readonly TicketStatus[] = [
  'WAITING_ON_CUSTOMER',
  'RESOLVED',
  'CLOSED',
  'ARCHIVED',
];

export interface StatusMove {
  toStatus: TicketStatus;
  changedAt: Date;
}

/** The pauses of a ticket from its status history (any order); the last one may still run. */
export function pausesFromHistory(moves: StatusMove[]): Pause[] {
  const ordered = [...moves].sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime());
  const pauses: Pause[] = [];
  let open: Pause | null = null;
  for (const move of ordered) {
    const pausing = SLA_PAUSING_STATUSES.includes(move.toStatus);
    if (pausing && !open) {
      open = { start: move.changedAt.getTime(), end: null };
      pauses.push(open);
    } else if (!pausing && open) {
      open.end = move.changedAt.getTime();
      open = null;
    }
  }
  return pauses;
}
