import { gql } from 'graphql-tag';
import type { ServiceConfig } from '@crm/config';
import { readSubgraphSdl, startSubgraph, type RunningSubgraph } from '@crm/subgraph-kit';
import { createAnalyticsLoaders } from './analytics-loaders';
import { CustomerFact } from './data/customer-fact.entity';
import { CreateReadModels1764000000600 } from './data/migrations/1764000000600-create-read-models';
import { OpenOpportunity } from './data/open-opportunity.entity';
import { onCustomerCreated } from './events/customer-created.handler';
import { onOpportunityCreated } from './events/opportunity-created.handler';
import { openOpportunityHandlers } from './events/open-opportunity.handlers';
import { customerResolvers } from './resolvers/customer.resolvers';
import { auditResolvers } from './resolvers/audit.resolvers';
import { AuditEntry } from './data/audit-entry.entity';
import { CreateAuditEntries1764000000610 } from './data/migrations/1764000000610-create-audit-entries';
import { auditRecordedHandlers } from './events/audit-recorded.handler';
import { combineHandlers } from '@crm/messaging';
import { TimelineEntry } from './data/timeline-entry.entity';
import { CreateTimelineEntries1764000001600 } from './data/migrations/1764000001600-create-timeline-entries';
import { AddTimelineEntryOwner1764000002600 } from './data/migrations/1764000002600-add-timeline-entry-owner';
import { onCustomerErased } from './events/customer-erased.handler';
import { onCustomerMerged } from './events/customer-merged.handler';
import { onCustomerUpdated } from './events/customer-updated.handler';
import { timelineOwnerHandlers } from './events/timeline-owner.handlers';
import { timelineHandlers } from './events/timeline.handlers';
import { timelineResolvers } from './resolvers/timeline.resolvers';
import { CreateExchangeRates1764000004600 } from './data/migrations/1764000004600-create-exchange-rates';
import { systemClock, type Clock, type Scheduler } from '@crm/scheduler';
import { CreateCustomerScores1764000004640 } from './data/migrations/1764000004640-create-customer-scores';
import { CreateCampaignAttribution1764000004650 } from './data/migrations/1764000004650-create-campaign-attribution';
import { scoreSettings } from './data/score-settings';
import { campaignAttributionHandlers } from './events/campaign-attribution.handlers';
import { scoreInputHandlers, type ScoreHandlerSettings } from './events/score-input.handlers';
import { startAnalyticsJobs } from './jobs/analytics-jobs';
import { campaignPerformanceResolvers } from './resolvers/campaign-performance.resolvers';
import { scoreResolvers } from './resolvers/score.resolvers';
import { CreateSalesReportReadModels1764000004601 } from './data/migrations/1764000004601-create-sales-report-read-models';
import { salesDealHandlers } from './events/sales-deal.handlers';
import { salesTargetHandlers } from './events/sales-target.handlers';
import { salesReportResolvers } from './resolvers/sales-report.resolvers';
import { currencyResolvers } from './resolvers/currency.resolvers';
import { CreateCustomerTombstones1764000007700 } from './data/migrations/1764000007700-create-customer-tombstones';
import { CreateRevenueDays1764000008800 } from './data/migrations/1764000008800-create-revenue-days';
import { CreateSalesRollups1764000008810 } from './data/migrations/1764000008810-create-sales-rollups';
import { CreateCustomerReportRollups1764000008820 } from './data/migrations/1764000008820-create-customer-report-rollups';
import { CreateRfmBoundaries1764000008830 } from './data/migrations/1764000008830-create-rfm-boundaries';
import { ShardRollupsByLane1764000008840 } from './data/migrations/1764000008840-shard-rollups-by-lane';
import { ChurnByDay1764000008850 } from './data/migrations/1764000008850-churn-by-day';
import { CompositionByMonth1764000008860 } from './data/migrations/1764000008860-composition-by-month';
import { RevenueByDay1764000008870 } from './data/migrations/1764000008870-revenue-by-day';
import { ServiceByDay1764000008880 } from './data/migrations/1764000008880-service-by-day';
import { CreateCustomerReportModels1764000004620 } from './data/migrations/1764000004620-create-customer-report-models';
import { reportCustomerHandlers } from './events/report-customer.handlers';
import { reportActivityHandlers } from './events/report-activity.handlers';
import { reportMembershipHandlers } from './events/report-membership.handlers';
import { customerReportResolvers } from './resolvers/customer-report.resolvers';
import { reportExportResolvers } from './resolvers/report-export.resolvers';
import { exportSettings } from './reports/export/export-settings';
import { reportExportRoutes } from './reports/export/report-export-routes';
import { createLogger } from '@crm/logger';
import { observeSchedulerQueues } from '@crm/metrics';

export const analyticsTypeDefs = gql(readSubgraphSdl(__dirname));

/** The read models' tables and migrations (exported for the consumer bench, which applies real events). */
export const analyticsEntities = [CustomerFact, OpenOpportunity, AuditEntry, TimelineEntry];
export const analyticsMigrations = [
  CreateReadModels1764000000600,
  CreateAuditEntries1764000000610,
  CreateTimelineEntries1764000001600,
  AddTimelineEntryOwner1764000002600,
  CreateExchangeRates1764000004600,
  CreateSalesReportReadModels1764000004601,
  CreateCustomerReportModels1764000004620,
  CreateCustomerScores1764000004640,
  CreateCampaignAttribution1764000004650,
  CreateCustomerTombstones1764000007700,
  CreateRevenueDays1764000008800,
  CreateSalesRollups1764000008810,
  CreateCustomerReportRollups1764000008820,
  CreateRfmBoundaries1764000008830,
  ShardRollupsByLane1764000008840,
  ChurnByDay1764000008850,
  CompositionByMonth1764000008860,
  RevenueByDay1764000008870,
  ServiceByDay1764000008880,
];

// Several read models may follow one event type: their handlers run in turn, in one transaction.
// Scores come last: they read the timeline and the customer facts the others have just written.
export const analyticsEventHandlers = (
  scores: ScoreHandlerSettings = { clock: systemClock, scores: scoreSettings(process.env) },
) =>
  combineHandlers(
    auditRecordedHandlers,
    {
      'crm.customer.customer.created': onCustomerCreated,
      'crm.sales.opportunity.created': onOpportunityCreated,
    },
    openOpportunityHandlers,
    {
      'crm.customer.customer.updated': onCustomerUpdated,
      'crm.customer.customer.merged': onCustomerMerged,
      'crm.customer.customer.erased': onCustomerErased,
    },
    timelineHandlers,
    timelineOwnerHandlers,
    salesDealHandlers,
    salesTargetHandlers,
    reportCustomerHandlers,
    reportActivityHandlers,
    reportMembershipHandlers,
    campaignAttributionHandlers,
    scoreInputHandlers(scores),
  );

/** What a test may set: the clock of the scores, the nightly job and report links, and the environment read for settings. */
export interface AnalyticsOptions {
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
}

export interface RunningAnalytics extends RunningSubgraph {
  /** The nightly scores' scheduler (jobs/analytics-jobs.ts). */
  jobs: Scheduler;
}

export async function startAnalyticsSubgraph(
  config: ServiceConfig,
  options: AnalyticsOptions = {},
): Promise<RunningAnalytics> {
  const env = options.env ?? process.env;
  const clock = options.clock ?? systemClock;
  const scores = scoreSettings(env);
  const exportLinks = exportSettings(env, config.port, clock);
  const subgraph = await startSubgraph({
    config,
    typeDefs: analyticsTypeDefs,
    resolvers: [
      customerResolvers,
      auditResolvers,
      timelineResolvers,
      scoreResolvers,
      campaignPerformanceResolvers,
      salesReportResolvers,
      currencyResolvers,
      customerReportResolvers,
      reportExportResolvers(exportLinks),
    ],
    routes: (app, dataSource) =>
      reportExportRoutes(
        app,
        dataSource,
        exportLinks,
        createLogger('analytics-report-export', config.logLevel),
      ),
    entities: analyticsEntities,
    migrations: analyticsMigrations,
    createLoaders: (dataSource) => createAnalyticsLoaders(dataSource, scores),
    eventHandlers: analyticsEventHandlers({ clock, scores }),
  });
  const jobs = await startAnalyticsJobs(config, subgraph.dataSource, subgraph.logger, {
    clock,
    env,
    scores,
  }).catch(async (error: unknown) => {
    await subgraph.stop();
    throw error;
  });
  observeSchedulerQueues(subgraph.metrics, () => jobs.queueStates());
  return {
    ...subgraph,
    jobs,
    async stop() {
      await jobs.stop();
      await subgraph.stop();
    },
  };
}
