/**
 * The package entry of @crm/analytics: what other projects may use of this app (the in-process test
 * platform, scripts). main.ts runs the service; nothing else reaches into src/.
 */
export { startAnalyticsSubgraph, analyticsTypeDefs, type AnalyticsOptions } from './analytics-subgraph';
export { analyticsEntities, analyticsEventHandlers, analyticsMigrations } from './analytics-subgraph';
export { customerReports } from './reports/customer/customer-reports';
