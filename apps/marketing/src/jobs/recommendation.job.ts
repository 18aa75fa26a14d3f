import type { DataSource } from 'typeorm';
import { systemOrigin } from '@crm/events';
import type { RecurringJob } from '@crm/scheduler';
import { scopeOfJob } from '@crm/subgraph-kit';
import { recomputeRecommendations } from '../changes/recommendation-model.changes';
import type { RuleThresholds } from '../domain/association-rule';

export const RECOMMENDATION_JOB = 'marketing.recommendation-rules';

/** Hourly by default (MARKETING_RECOMMENDATION_CRON): rules and popularity from the purchases known by then. */
export const recommendationJob = (
  dataSource: DataSource,
  cron: string,
  thresholds: RuleThresholds,
): RecurringJob => ({
  name: RECOMMENDATION_JOB,
  cron,
  run: async ({ now, jobId }) => {
    await recomputeRecommendations(scopeOfJob('marketing', dataSource, systemOrigin(jobId)), thresholds, now);
  },
});
