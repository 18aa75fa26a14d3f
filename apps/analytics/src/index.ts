/**
 * The package entry of @crm/analytics: what other projects may use of this app (the in-process test
 * platform, scripts). main.ts runs the service; nothing else reaches into src/.
 */
export { startAnalyticsSubgraph, analyticsTypeDefs } from './analytics-subgraph';
export type { AnalyticsOptions, RunningAnalytics } from './analytics-subgraph';
export { NIGHTLY_SCORES_JOB } from './jobs/nightly-scores.job';
export { analyticsEntities, analyticsEventHandlers, analyticsMigrations } from './analytics-subgraph';
