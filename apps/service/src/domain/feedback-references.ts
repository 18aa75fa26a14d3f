import { badUserInput, conflict, notFound } from '@crm/errors';
import type { TicketCustomer } from './ticket-references';

/**
 * Feedback is about a customer the service knows: a merged one lives on in its survivor, an erased
 * one takes no new records (its personal data must not grow back).
 */
export function assertTakesFeedback(
  customer: TicketCustomer | null,
  customerId: string,
  field: string,
): void {
  if (!customer) throw notFound('Customer', customerId, field);
  if (customer.mergedIntoId)
    throw badUserInput(
      field,
      `customer ${customerId} was merged into ${customer.mergedIntoId}; record the feedback there`,
    );
  if (customer.erasedAt)
    throw conflict(
      `Customer ${customerId} was erased on ${customer.erasedAt.toISOString()} (GDPR); it takes no new feedback`,
    );
}

/** The ticket feedback came up in is one of the same customer's. */
export function assertTicketOfCustomer(
  ticket: { customerId: string } | null,
  ticketId: string,
  customerId: string,
  field: string,
): void {
  if (!ticket) throw notFound('Ticket', ticketId, field);
  if (ticket.customerId !== customerId)
    throw badUserInput(field, `ticket ${ticketId} is not a ticket of customer ${customerId}`);
}
