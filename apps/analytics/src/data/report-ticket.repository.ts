import type { EntityManager } from 'typeorm';

/** What one ticket event tells the service report; absent fields stay as they are. */
export interface ReportTicketFacts {
  queueId?: string | null;
  assigneeId?: string | null;
  openedAt?: Date;
  firstRespondedAt?: Date | null;
  resolvedAt?: Date | null;
  firstResponseBreached?: true;
  resolutionBreached?: true;
}

const COLUMNS: Record<keyof ReportTicketFacts, string> = {
  queueId: 'queue_id',
  assigneeId: 'assignee_id',
  openedAt: 'opened_at',
  firstRespondedAt: 'first_responded_at',
  resolvedAt: 'resolved_at',
  firstResponseBreached: 'first_response_breached',
  resolutionBreached: 'resolution_breached',
};

/** Records a ticket's facts, creating its row from whichever of its events comes first. */
export async function recordTicketFacts(
  manager: EntityManager,
  ticketId: string,
  customerId: string,
  facts: ReportTicketFacts,
): Promise<void> {
  const entries = Object.entries(facts).filter(([, value]) => value !== undefined) as [
    keyof ReportTicketFacts,
    unknown,
  ][];
  const columns = entries.map(([key]) => COLUMNS[key]);
  const updates = columns.map((column) => `${column} = EXCLUDED.${column}`);
  await manager.query(
    `INSERT INTO report_tickets (ticket_id, customer_id${columns.map((column) => `, ${column}`).join('')})
     VALUES ($1, $2${columns.map((_, index) => `, $${index + 3}`).join('')})
     ON CONFLICT (ticket_id) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`,
    [ticketId, customerId, ...entries.map(([, value]) => value)],
  );
}
