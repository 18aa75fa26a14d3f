import { badUserInput, conflict, notFound } from '@crm/errors';

/** What opening a ticket needs to know of its customer, as the service learnt it from events. */
export interface TicketCustomer {
  id: string;
  mergedIntoId: string | null;
  erasedAt: Date | null;
}

/**
 * A ticket is for a customer that exists: one the service never heard of is NOT_FOUND, a merged
 * one lives on in its survivor (where the ticket goes instead), an erased one takes no new records
 * (CONFLICT: its personal data must not grow back).
 */
export function assertTakesTickets(customer: TicketCustomer | null, customerId: string, field: string): void {
  if (!customer) throw notFound('Customer', customerId, field);
  if (customer.mergedIntoId)
    throw badUserInput(
      field,
      `customer ${customerId} was merged into ${customer.mergedIntoId}; open the ticket there`,
    );
  if (customer.erasedAt)
    throw conflict(
      `Customer ${customerId} was erased on ${customer.erasedAt.toISOString()} (GDPR); it takes no new tickets`,
    );
}

/** A ticket's queue is a support team the service knows of (identity's team.created). */
export function assertQueueExists(team: { id: string } | null, queueId: string, field: string): void {
  if (!team) throw notFound('Team', queueId, field);
}
