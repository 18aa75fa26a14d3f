import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { systemClock, type Clock } from '@crm/scheduler';
import { slaOfTicket, type TicketSla } from '../domain/sla/ticket-sla';
import { loadSlaFacts } from './sla-facts.repository';
import type { SlaPolicy } from './sla-policy.entity';
import type { Ticket } from './ticket.entity';

/** A ticket's SLA with the policy it was computed under. */
export type TicketSlaView = TicketSla & { policy: SlaPolicy };

/**
 * `Ticket.sla` for every ticket of a request in one batch, computed at the service's clock (the
 * one the scheduler uses, so a test that moves time sees both agree).
 */
export function ticketSlaLoader(dataSource: DataSource, clock: Clock = systemClock) {
  return new DataLoader<Ticket, TicketSlaView | null, string>(
    async (tickets) => {
      const factsOf = await loadSlaFacts(dataSource.manager, [...tickets]);
      const now = clock.now();
      return tickets.map((ticket) => {
        const facts = factsOf.get(ticket.id)!;
        const sla = slaOfTicket(ticket, facts, now);
        return sla && { ...sla, policy: facts.policy! };
      });
    },
    { cacheKeyFn: (ticket) => ticket.id },
  );
}
