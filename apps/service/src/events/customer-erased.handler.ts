import { eraseFeedbackTextOf } from '../changes/feedback.changes';
import type { EventHandler } from '@crm/messaging';
import { scopeOfEvent } from '@crm/subgraph-kit';
import { eraseTicketTextOf } from '../changes/ticket.changes';
import { recordErasure } from '../data/known-customer.repository';

/** An erased customer takes no new tickets, and its tickets lose their free text. */
export const onCustomerErased: EventHandler<'crm.customer.customer.erased'> = async (event, manager) => {
  const erasedAt = new Date(event.data.erasedAt);
  await recordErasure(manager, event.data.customerId, erasedAt);
  await eraseTicketTextOf(scopeOfEvent('service', manager, event), event.data.customerId, erasedAt);
  await eraseFeedbackTextOf(scopeOfEvent('service', manager, event), event.data.customerId, erasedAt);
};
