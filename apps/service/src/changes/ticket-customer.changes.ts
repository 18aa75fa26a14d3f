import { updateWithVersion } from '@crm/db';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { eraseCommentsOfCustomer } from '../data/ticket-comment.repository';
import { Ticket } from '../data/ticket.entity';
import { lockTicketsOfCustomer, lockTicketsOfCustomersMergedInto } from '../data/ticket.repository';
import { erasedTicketText } from '../domain/ticket-erasure';

/**
 * customer.merged: the tickets of every customer now merged into `survivorId` are filed under it
 * (their comments and history follow the ticket). The version moves, so an agent editing one with
 * the old customer gets a CONFLICT.
 */
export function moveTicketsToSurvivor(scope: ChangeScope, survivorId: string, mergedAt: Date): Promise<void> {
  return runChange(scope, async (change) => {
    for (const ticket of await lockTicketsOfCustomersMergedInto(change.manager, survivorId))
      await change.update(
        Ticket,
        ticket,
        { customerId: survivorId, updatedAt: mergedAt },
        { action: 'moveTicketToSurvivor' },
      );
  });
}

/**
 * customer.erased: the free text and the requester details of the customer's tickets go, and so do
 * the customer's messages and every address on the comments (GDPR Art. 17); the tickets stay.
 * The audit entry says what was erased, not what it was: the trail must not keep the text.
 */
export function eraseTicketTextOf(scope: ChangeScope, customerId: string, erasedAt: Date): Promise<void> {
  return runChange(scope, async (change) => {
    for (const ticket of await lockTicketsOfCustomer(change.manager, customerId)) {
      const erased = erasedTicketText(ticket);
      if (!erased) continue;
      await updateWithVersion(change.manager, Ticket, ticket.id, ticket.version, {
        ...erased,
        updatedAt: erasedAt,
      });
      change.audit({
        action: 'eraseTicketText',
        entityType: 'Ticket',
        entityId: ticket.id,
        before: {},
        after: erased,
      });
    }
    const comments = await eraseCommentsOfCustomer(change.manager, customerId);
    if (comments > 0)
      change.audit({
        action: 'eraseTicketComments',
        entityType: 'Customer',
        entityId: customerId,
        before: {},
        after: { erasedComments: comments },
      });
  });
}
