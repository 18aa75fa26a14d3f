import type { DataSource } from 'typeorm';
import { TICKET_PRIORITIES } from '../domain/ticket-priority';
import { BusinessCalendarRow } from './business-calendar.entity';
import { SlaPolicy } from './sla-policy.entity';

/** Every SLA policy (a handful), by priority (LOW first) then tier (the general one last). */
export async function listSlaPolicies(dataSource: DataSource): Promise<SlaPolicy[]> {
  const policies = await dataSource.getRepository(SlaPolicy).find();
  const rank = (policy: SlaPolicy) =>
    TICKET_PRIORITIES.indexOf(policy.priority) * 10 +
    (policy.customerTier ? policy.customerTier.charCodeAt(0) - 64 : 9);
  return policies.sort((a, b) => rank(a) - rank(b));
}

/** Every calendar, the default (no queue) first. */
export function listBusinessCalendars(dataSource: DataSource): Promise<BusinessCalendarRow[]> {
  return dataSource
    .getRepository(BusinessCalendarRow)
    .find({ order: { queueId: { direction: 'ASC', nulls: 'FIRST' }, name: 'ASC' } });
}
