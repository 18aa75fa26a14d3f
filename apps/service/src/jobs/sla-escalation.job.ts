import type { DataSource } from 'typeorm';
import { systemOrigin } from '@crm/events';
import type { RecurringJob } from '@crm/scheduler';
import { scopeOfJob, type ChangeScope } from '@crm/subgraph-kit';
import { refreshSlaClocks } from '../changes/sla.changes';
import { announceSlaMilestones } from '../changes/ticket-escalation.changes';
import { SLA_BATCH, ticketsWithSlaCheckDue, ticketsWithStaleSla } from '../data/sla-clock.repository';
import { findTicketsByIds } from '../data/ticket.repository';

export const SLA_ESCALATION_JOB = 'service.sla-escalation';

/** A bound per run: what is left is taken by the next minute's run. */
const MAX_BATCHES = 50;

/** Brings the stored SLA clocks of changed tickets (and changed policies, calendars, tiers) up to date. */
async function catchUpSlaClocks(dataSource: DataSource, now: Date): Promise<void> {
  for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
    const ids = await ticketsWithStaleSla(dataSource);
    if (ids.length === 0) return;
    await refreshSlaClocks(dataSource.manager, await findTicketsByIds(dataSource, ids), now);
    if (ids.length < SLA_BATCH) return;
  }
}

/** Announces the warnings and breaches due by `now` and escalates; each ticket in its own change. */
export async function escalateOverdueTickets(
  scope: ChangeScope,
  dataSource: DataSource,
  now: Date,
): Promise<number> {
  let announced = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
    const ids = await ticketsWithSlaCheckDue(dataSource, now);
    for (const id of ids) if (await announceSlaMilestones(scope, id, now)) announced += 1;
    if (ids.length < SLA_BATCH) break;
  }
  return announced;
}

/** Every minute: SLA clocks caught up, then warnings, breaches and escalations (issue 12 §2). */
export const slaEscalationJob = (dataSource: DataSource, cron: string): RecurringJob => ({
  name: SLA_ESCALATION_JOB,
  cron,
  run: async ({ now, jobId }) => {
    await catchUpSlaClocks(dataSource, now);
    await escalateOverdueTickets(scopeOfJob('service', dataSource, systemOrigin(jobId)), dataSource, now);
  },
});
