import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { ServiceConfig } from '@crm/config';
import { startSubgraph, type RunningSubgraph } from '@crm/subgraph-kit';
import { KnownCustomer } from './data/known-customer.entity';
import { CreateOpportunities1764000000200 } from './data/migrations/1764000000200-create-opportunities';
import { AddKnownCustomerOwner1764000000210 } from './data/migrations/1764000000210-add-known-customer-owner';
import { Opportunity } from './data/opportunity.entity';
import { onCustomerCreated } from './events/customer-created.handler';
import { customerResolvers } from './resolvers/customer.resolvers';
import { opportunityResolvers } from './resolvers/opportunity.resolvers';
import { createSalesLoaders } from './sales-loaders';

export const salesTypeDefs = gql(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

export function startSalesSubgraph(config: ServiceConfig): Promise<RunningSubgraph> {
  return startSubgraph({
    config,
    typeDefs: salesTypeDefs,
    resolvers: [opportunityResolvers, customerResolvers],
    entities: [Opportunity, KnownCustomer],
    migrations: [CreateOpportunities1764000000200, AddKnownCustomerOwner1764000000210],
    createLoaders: createSalesLoaders,
    eventHandlers: { 'crm.customer.customer.created': onCustomerCreated },
  });
}
