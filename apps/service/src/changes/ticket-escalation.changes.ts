import { runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { findKnownTeam } from '../data/known-team.repository';
import { recordMilestone, storeSlaClock } from '../data/sla-clock.repository';
import { loadSlaFacts } from '../data/sla-facts.repository';
import type { SlaPolicy } from '../data/sla-policy.entity';
import { Ticket } from '../data/ticket.entity';
import { escalate } from '../domain/sla/sla-escalation';
import { milestoneKey, milestonesDue, type SlaMilestone } from '../domain/sla/sla-milestones';
import { slaOfTicket, type TicketSla } from '../domain/sla/ticket-sla';
import {
  ticketAssignedByEscalation,
  ticketEscalated,
  ticketSlaBreached,
  ticketSlaWarning,
} from '../events/ticket-sla.events';
import { refreshTicketSla, storedClockOf } from './sla.changes';

/**
 * The scheduler's step for one ticket: announces each warning and breach that came due by `now`
 * (once per ticket, target and kind: the milestone's key), escalates by policy after a breach,
 * and stores the clock for the next check. Returns whether anything was announced.
 */
export function announceSlaMilestones(scope: ChangeScope, ticketId: string, now: Date): Promise<boolean> {
  return runChange(scope, async (change) => {
    const locked = await change.lock(Ticket, ticketId);
    const facts = (await loadSlaFacts(change.manager, [locked])).get(ticketId)!;
    const sla = slaOfTicket(locked, facts, now);
    const due = sla ? milestonesDue(sla, facts.announced, now) : [];
    let ticket = locked;
    for (const milestone of due) {
      const policy = facts.policy!;
      const record = {
        ticketId,
        ...milestone,
        policyId: policy.id,
        reachedAt: milestone.at,
        announcedAt: now,
      };
      if (!(await recordMilestone(change.manager, record))) continue;
      facts.announced.add(milestoneKey(milestone));
      announce(change, ticket, policy, milestone, sla!);
      if (milestone.kind === 'BREACH') ticket = await escalateTicket(change, ticket, policy, milestone, now);
    }
    // An escalation may have changed the priority, hence the policy: compute the clock afresh.
    if (ticket !== locked) await refreshTicketSla(change.manager, ticket, now);
    else await storeSlaClock(change.manager, ticketId, ticket.version, storedClockOf(sla, facts));
    return due.length > 0;
  });
}

function announce(
  change: Change,
  ticket: Ticket,
  policy: SlaPolicy,
  milestone: SlaMilestone,
  sla: TicketSla,
): void {
  const clock = milestone.target === 'FIRST_RESPONSE' ? sla.firstResponse : sla.resolution;
  const build = milestone.kind === 'WARNING' ? ticketSlaWarning : ticketSlaBreached;
  change.publish(build(ticket, policy, milestone, clock, change.origin));
}

/** Applies the policy's escalation action; a ticket it cannot move further stays as it is. */
async function escalateTicket(
  change: Change,
  ticket: Ticket,
  policy: SlaPolicy,
  milestone: SlaMilestone,
  now: Date,
): Promise<Ticket> {
  const queue = ticket.queueId ? await findKnownTeam(change.manager, ticket.queueId) : null;
  const placement = escalate(ticket, policy, queue?.managerId ?? null);
  if (!placement) return ticket;
  const after = await change.update(
    Ticket,
    ticket,
    { ...placement, updatedAt: now },
    { action: 'escalateTicket' },
  );
  change.publish(ticketEscalated(ticket, after, policy, milestone, now, change.origin));
  if (after.queueId !== ticket.queueId || after.assigneeId !== ticket.assigneeId)
    change.publish(ticketAssignedByEscalation(ticket, after, now, change.origin));
  return after;
}
