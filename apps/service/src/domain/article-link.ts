import { badUserInput } from '@crm/errors';
import type { TicketStatus } from './ticket-status';

/** An archived ticket is final (DESIGN §3): its resolution, and the articles in it, no longer change. */
export function assertTicketTakesArticles(status: TicketStatus, field: string): void {
  if (status === 'ARCHIVED')
    throw badUserInput(
      field,
      'the ticket is ARCHIVED, which is final: its resolution takes no more articles',
    );
}
