import { IsNull, type EntityManager } from 'typeorm';
import { newId } from '@crm/db';
import { badUserInput } from '@crm/errors';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { BusinessCalendarRow } from '../data/business-calendar.entity';
import { findKnownTeam } from '../data/known-team.repository';
import { markAllOpenSlaStale, storeSlaClock, type StoredSlaClock } from '../data/sla-clock.repository';
import { loadSlaFacts, type SlaFactsOfTicket } from '../data/sla-facts.repository';
import { SlaPolicy } from '../data/sla-policy.entity';
import type { Ticket } from '../data/ticket.entity';
import type { BusinessCalendarFields } from '../domain/sla/business-calendar-input';
import { earliestOpenDue, nextCheckAt } from '../domain/sla/sla-milestones';
import type { SlaPolicyFields } from '../domain/sla/sla-policy-input';
import { slaOfTicket, type TicketSla } from '../domain/sla/ticket-sla';
import { assertQueueExists } from '../domain/ticket-references';

export interface Versioned {
  id: string;
  version: number;
}

/**
 * Recomputes and stores a ticket's SLA clock (due times, overdue mark, next check). Call it in the
 * change that moved the ticket's status, priority, queue, first response or resolution, after the
 * update; a ticket changed without it is caught up by the scheduler within a minute.
 */
export async function refreshTicketSla(
  manager: EntityManager,
  ticket: Ticket,
  now: Date,
): Promise<TicketSla | null> {
  const facts = (await loadSlaFacts(manager, [ticket])).get(ticket.id)!;
  const sla = slaOfTicket(ticket, facts, now);
  await storeSlaClock(manager, ticket.id, ticket.version, storedClockOf(sla, facts));
  return sla;
}

export function storedClockOf(sla: TicketSla | null, facts: SlaFactsOfTicket): StoredSlaClock {
  return {
    policyId: sla ? facts.policy!.id : null,
    firstResponseDueAt: sla?.firstResponse.dueAt ?? null,
    resolutionDueAt: sla?.resolution.dueAt ?? null,
    dueAt: sla ? earliestOpenDue(sla) : null,
    checkAt: sla ? nextCheckAt(sla, facts.announced) : null,
  };
}

export function createSlaPolicy(scope: ChangeScope, fields: SlaPolicyFields): Promise<SlaPolicy> {
  return runChange(scope, async (change) => {
    await assertPolicyRefs(change.manager, fields, null);
    const now = new Date();
    const policy = Object.assign(new SlaPolicy(), {
      ...fields,
      id: newId(),
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await change.insert(SlaPolicy, policy, { action: 'createSlaPolicy' });
    await markAllOpenSlaStale(change.manager);
    return policy;
  });
}

export function updateSlaPolicy(
  scope: ChangeScope,
  { id, version }: Versioned,
  fields: SlaPolicyFields,
): Promise<SlaPolicy> {
  return runChange(scope, async (change) => {
    const before = await change.lock(SlaPolicy, id, { version, field: 'version' });
    await assertPolicyRefs(change.manager, fields, id);
    const after = await change.update(SlaPolicy, before, fields, { action: 'updateSlaPolicy' });
    await markAllOpenSlaStale(change.manager);
    return after;
  });
}

export function createBusinessCalendar(
  scope: ChangeScope,
  fields: BusinessCalendarFields,
): Promise<BusinessCalendarRow> {
  return runChange(scope, async (change) => {
    await assertCalendarRefs(change.manager, fields, null);
    const now = new Date();
    const calendar = Object.assign(new BusinessCalendarRow(), {
      ...fields,
      id: newId(),
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await change.insert(BusinessCalendarRow, calendar, {
      action: 'createBusinessCalendar',
      entityType: 'BusinessCalendar',
    });
    await markAllOpenSlaStale(change.manager);
    return calendar;
  });
}

export function updateBusinessCalendar(
  scope: ChangeScope,
  { id, version }: Versioned,
  fields: BusinessCalendarFields,
): Promise<BusinessCalendarRow> {
  return runChange(scope, async (change) => {
    const before = await change.lock(BusinessCalendarRow, id, { version, field: 'version' });
    await assertCalendarRefs(change.manager, fields, id);
    const after = await change.update(BusinessCalendarRow, before, fields, {
      action: 'updateBusinessCalendar',
      entityType: 'BusinessCalendar',
    });
    await markAllOpenSlaStale(change.manager);
    return after;
  });
}

/** One policy per queue, priority and tier; its queue and escalation queue are known teams. */
async function assertPolicyRefs(manager: EntityManager, fields: SlaPolicyFields, selfId: string | null) {
  if (fields.queueId)
    assertQueueExists(await findKnownTeam(manager, fields.queueId), fields.queueId, 'input.queueId');
  if (fields.escalationQueueId)
    assertQueueExists(
      await findKnownTeam(manager, fields.escalationQueueId),
      fields.escalationQueueId,
      'input.escalationQueueId',
    );
  const twin = await manager.findOneBy(SlaPolicy, {
    queueId: fields.queueId ?? IsNull(),
    priority: fields.priority,
    customerTier: fields.customerTier ?? IsNull(),
  });
  if (twin && twin.id !== selfId)
    throw badUserInput(
      fields.customerTier ? 'input.customerTier' : 'input.priority',
      `policy ${twin.id} ("${twin.name}") already covers ${fields.priority} tickets of ${fields.customerTier ? `tier ${fields.customerTier}` : 'any tier'} in ${fields.queueId ? `queue ${fields.queueId}` : 'every queue'}; update it instead`,
    );
}

/** One calendar per queue, one default; the queue is a known team. */
async function assertCalendarRefs(
  manager: EntityManager,
  fields: BusinessCalendarFields,
  selfId: string | null,
) {
  if (fields.queueId)
    assertQueueExists(await findKnownTeam(manager, fields.queueId), fields.queueId, 'input.queueId');
  const [twin]: { id: string }[] = await manager.query(
    'SELECT id FROM business_calendars WHERE queue_id IS NOT DISTINCT FROM $1',
    [fields.queueId],
  );
  if (twin && twin.id !== selfId)
    throw badUserInput(
      'input.queueId',
      fields.queueId
        ? `queue ${fields.queueId} has a calendar already (${twin.id}); update it instead`
        : `a default calendar exists already (${twin.id}); update it instead`,
    );
}

/**
 * Recomputes the stored clocks of these tickets in one pass. The clock is derived data (no event,
 * no audit, no version move), so no change is recorded; each write is conditional on the version
 * it was computed from, so a ticket changed meanwhile stays stale and comes back.
 */
export async function refreshSlaClocks(manager: EntityManager, tickets: Ticket[], now: Date): Promise<void> {
  const factsOf = await loadSlaFacts(manager, tickets);
  for (const ticket of tickets) {
    const facts = factsOf.get(ticket.id)!;
    await storeSlaClock(
      manager,
      ticket.id,
      ticket.version,
      storedClockOf(slaOfTicket(ticket, facts, now), facts),
    );
  }
}
