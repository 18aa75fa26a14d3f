import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { ServiceConfig } from '@crm/config';
import { startSubgraph, type RunningSubgraph } from '@crm/subgraph-kit';
import { createAnalyticsLoaders } from './analytics-loaders';
import { CustomerFact } from './data/customer-fact.entity';
import { CreateReadModels1764000000600 } from './data/migrations/1764000000600-create-read-models';
import { OpenOpportunity } from './data/open-opportunity.entity';
import { onCustomerCreated } from './events/customer-created.handler';
import { onOpportunityCreated } from './events/opportunity-created.handler';
import { customerResolvers } from './resolvers/customer.resolvers';
import { auditResolvers } from './resolvers/audit.resolvers';
import { AuditEntry } from './data/audit-entry.entity';
import { CreateAuditEntries1764000000610 } from './data/migrations/1764000000610-create-audit-entries';
import { auditRecordedHandlers } from './events/audit-recorded.handler';

export const analyticsTypeDefs = gql(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

export function startAnalyticsSubgraph(config: ServiceConfig): Promise<RunningSubgraph> {
  return startSubgraph({
    config,
    typeDefs: analyticsTypeDefs,
    resolvers: [customerResolvers, auditResolvers],
    entities: [CustomerFact, OpenOpportunity, AuditEntry],
    migrations: [CreateReadModels1764000000600, CreateAuditEntries1764000000610],
    createLoaders: createAnalyticsLoaders,
    eventHandlers: {
      ...auditRecordedHandlers,
      'crm.customer.customer.created': onCustomerCreated,
      'crm.sales.opportunity.created': onOpportunityCreated,
    },
  });
}
