/**
 * The package entry of @crm/analytics: what other projects may use of this app (the in-process test
 * platform, scripts). main.ts runs the service; nothing else reaches into src/.
 */
export { startAnalyticsSubgraph, analyticsTypeDefs } from './analytics-subgraph';
export type { AnalyticsOptions, RunningAnalytics } from './analytics-subgraph';
export { NIGHTLY_SCORES_JOB } from './jobs/nightly-scores.job';
export { analyticsEntities, analyticsEventHandlers, analyticsMigrations } from './analytics-subgraph';
export {
  consumedTopics,
  rebuildAnalytics,
  type RebuildOptions,
  type RebuildResult,
} from './rebuild/rebuild-analytics';
export { BOOKKEEPING_TABLES, CLOCK_DERIVED_TABLES, KEPT_TABLES } from './rebuild/kept-tables';
export { readModelsIn } from './rebuild/fresh-schema';
export { rescoreAllCustomers } from './jobs/nightly-scores.job';
export { refreshCustomerScore } from './changes/customer-score.changes';
export { scoreSettings } from './data/score-settings';
export type { ReplayProgress } from './rebuild/replay-progress';
export { customerReports } from './reports/customer/customer-reports';
export type { ReportGranularity, ReportQuery } from './reports/report-definition';
export { refillCustomerReportRollups } from './data/customer-rollup.repository';
export { foldRollupShards } from './data/rollup-shards';
