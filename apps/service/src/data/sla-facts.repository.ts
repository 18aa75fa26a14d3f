import { In, type EntityManager } from 'typeorm';
import { calendarForQueue, type BusinessCalendar } from '../domain/sla/business-calendar';
import type { Pause } from '../domain/sla/business-time';
import { milestoneKey } from '../domain/sla/sla-milestones';
import { pausesFromHistory } from '../domain/sla/sla-pauses';
import { policyFor } from '../domain/sla/sla-policy';
import { BusinessCalendarRow } from './business-calendar.entity';
import { KnownCustomer } from './known-customer.entity';
import { TicketSlaMilestone } from './sla-milestone.entity';
import { SlaPolicy } from './sla-policy.entity';
import type { Ticket } from './ticket.entity';
import { TicketStatusChange } from './ticket-status-change.entity';

/** What the SLA of one ticket is computed from, besides the ticket and the time. */
export interface SlaFactsOfTicket {
  policy: SlaPolicy | null;
  calendar: BusinessCalendar;
  pauses: Pause[];
  /** Milestones already announced (`TARGET:KIND`). */
  announced: Set<string>;
}

/** The SLA facts of many tickets in five queries, whatever their number. */
export async function loadSlaFacts(
  manager: EntityManager,
  tickets: Ticket[],
): Promise<Map<string, SlaFactsOfTicket>> {
  if (tickets.length === 0) return new Map();
  const ticketIds = tickets.map((ticket) => ticket.id);
  // One after the other: inside a change they share the transaction's connection.
  const policies = await manager.find(SlaPolicy);
  const calendars = await manager.find(BusinessCalendarRow);
  const customerIds = [...new Set(tickets.map((ticket) => ticket.customerId))];
  const customers = await manager.findBy(KnownCustomer, { id: In(customerIds) });
  const moves = await manager.find(TicketStatusChange, {
    where: { ticketId: In(ticketIds) },
    order: { changedAt: 'ASC' },
  });
  const milestones = await manager.findBy(TicketSlaMilestone, { ticketId: In(ticketIds) });
  const tierOf = new Map(customers.map((customer) => [customer.id, customer.tier]));
  return new Map(
    tickets.map((ticket) => [
      ticket.id,
      {
        policy: policyFor(policies, {
          priority: ticket.priority,
          queueId: ticket.queueId,
          tier: tierOf.get(ticket.customerId) ?? null,
        }),
        calendar: calendarForQueue(calendars, ticket.queueId),
        pauses: pausesFromHistory(moves.filter((move) => move.ticketId === ticket.id)),
        announced: new Set(milestones.filter((m) => m.ticketId === ticket.id).map(milestoneKey)),
      },
    ]),
  );
}
