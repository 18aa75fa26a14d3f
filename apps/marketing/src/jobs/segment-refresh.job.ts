import type { DataSource } from 'typeorm';
import { systemOrigin } from '@crm/events';
import type { RecurringJob } from '@crm/scheduler';
import { runChange, scopeOfJob } from '@crm/subgraph-kit';
import { evaluateSegment } from '../changes/segment-membership.changes';
import { activeDynamicSegments } from '../data/segment-member.repository';
import { Segment } from '../data/segment.entity';
import { usesRelativeDates } from '../domain/segment-rule';

export const SEGMENT_REFRESH_JOB = 'marketing.segment-refresh';

/**
 * Rules such as "last order more than 90 days ago" change their answer as days pass with no event
 * at all: each night every active segment with a relative date is evaluated again at the job's
 * time, each in its own change (its membership difference published with it).
 */
export async function refreshTimeRelativeSegments(dataSource: DataSource, now: Date, jobId: string) {
  const segments = (await activeDynamicSegments(dataSource.manager)).filter(
    (segment) => segment.rule && usesRelativeDates(segment.rule),
  );
  for (const { id } of segments) {
    await runChange(scopeOfJob('marketing', dataSource, systemOrigin(jobId)), async (change) => {
      const segment = await change.manager.findOne(Segment, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (segment?.status === 'ACTIVE' && segment.rule) await evaluateSegment(change, id, segment.rule, now);
    });
  }
  return segments.length;
}

export const segmentRefreshJob = (dataSource: DataSource, cron: string): RecurringJob => ({
  name: SEGMENT_REFRESH_JOB,
  cron,
  run: async ({ now, jobId }) => {
    await refreshTimeRelativeSegments(dataSource, now, jobId);
  },
});
