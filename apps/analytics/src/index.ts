/**
 * The package entry of @crm/analytics: what other projects may use of this app (the in-process test
 * platform, scripts). main.ts runs the service; nothing else reaches into src/.
 */
export { startAnalyticsSubgraph, analyticsTypeDefs } from './analytics-subgraph';
export { analyticsEntities, analyticsEventHandlers, analyticsMigrations } from './analytics-subgraph';
export {
  consumedTopics,
  rebuildAnalytics,
  type RebuildOptions,
  type RebuildResult,
} from './rebuild/rebuild-analytics';
export { BOOKKEEPING_TABLES } from './rebuild/kept-tables';
export type { ReplayProgress } from './rebuild/replay-progress';
