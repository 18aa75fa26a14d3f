import { newId, updateWithVersion } from '@crm/db';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { findKnownCustomer } from '../data/known-customer.repository';
import { findKnownTeam } from '../data/known-team.repository';
import { Ticket } from '../data/ticket.entity';
import { lockTicketsOfCustomer, lockTicketsOfCustomersMergedInto } from '../data/ticket.repository';
import { ticketToOpen, type NewTicket } from '../domain/new-ticket';
import { erasedTicketText } from '../domain/ticket-erasure';
import { assertQueueExists, assertTakesTickets } from '../domain/ticket-references';

/**
 * Opens a ticket for a customer the service knows, in a queue that is a known team (the caller's
 * right to that queue is the resolver's guard).
 */
export function openTicket(scope: ChangeScope, input: NewTicket): Promise<Ticket> {
  return runChange(scope, async (change) => {
    const customer = await findKnownCustomer(change.manager, input.customerId);
    assertTakesTickets(customer, input.customerId, 'input.customerId');
    if (input.queueId)
      assertQueueExists(await findKnownTeam(change.manager, input.queueId), input.queueId, 'input.queueId');
    const ticket = Object.assign(new Ticket(), ticketToOpen(input, newId(), new Date()));
    return change.insert(Ticket, ticket, { action: 'openTicket' });
  });
}

/**
 * customer.merged: the tickets of every customer now merged into `survivorId` are filed under it.
 * The version moves, so an agent editing one with the old customer gets a CONFLICT.
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
 * customer.erased: the free text of the customer's tickets goes (GDPR Art. 17); the tickets stay.
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
  });
}
