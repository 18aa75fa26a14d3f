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
import { CreateCustomerReportModels1764000004620 } from './data/migrations/1764000004620-create-customer-report-models';
import { reportCustomerHandlers } from './events/report-customer.handlers';
import { reportActivityHandlers } from './events/report-activity.handlers';
import { reportMembershipHandlers } from './events/report-membership.handlers';
import { customerReportResolvers } from './resolvers/customer-report.resolvers';
import { reportExportResolvers } from './resolvers/report-export.resolvers';
import { exportSettings } from './reports/export/export-settings';
import { reportExportRoutes } from './reports/export/report-export-routes';
import { createLogger } from '@crm/logger';
import type { Clock } from '@crm/scheduler';

export const analyticsTypeDefs = gql(readSubgraphSdl(__dirname));

/** The read models' tables and migrations (exported for the consumer bench, which applies real events). */
export const analyticsEntities = [CustomerFact, OpenOpportunity, AuditEntry, TimelineEntry];
export const analyticsMigrations = [
  CreateReadModels1764000000600,
  CreateAuditEntries1764000000610,
  CreateTimelineEntries1764000001600,
  AddTimelineEntryOwner1764000002600,
  CreateExchangeRates1764000004600,
  CreateCustomerReportModels1764000004620,
];

// Several read models may follow one event type: their handlers run in turn, in one transaction.
export const analyticsEventHandlers = combineHandlers(
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
  reportCustomerHandlers,
  reportActivityHandlers,
  reportMembershipHandlers,
);

/** What a test may set: the clock report links expire by, and the environment read for settings. */
export interface AnalyticsOptions {
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
}

export function startAnalyticsSubgraph(
  config: ServiceConfig,
  options: AnalyticsOptions = {},
): Promise<RunningSubgraph> {
  const exportLinks = exportSettings(options.env ?? process.env, config.port, options.clock);
  return startSubgraph({
    config,
    typeDefs: analyticsTypeDefs,
    resolvers: [
      customerResolvers,
      auditResolvers,
      timelineResolvers,
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
    createLoaders: createAnalyticsLoaders,
    eventHandlers: analyticsEventHandlers,
  });
}
