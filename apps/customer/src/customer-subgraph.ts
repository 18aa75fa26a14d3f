import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { ServiceConfig } from '@crm/config';
import { startSubgraph, type RunningSubgraph } from '@crm/subgraph-kit';
import { createCustomerLoaders } from './customer-loaders';
import { Customer } from './data/customer.entity';
import { CreateCustomers1764000000100 } from './data/migrations/1764000000100-create-customers';
import { ExtendCustomerProfile1764000001000 } from './data/migrations/1764000001000-extend-customer-profile';
import { customerResolvers } from './resolvers/customer.resolvers';

export const customerTypeDefs = gql(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

export function startCustomerSubgraph(config: ServiceConfig): Promise<RunningSubgraph> {
  return startSubgraph({
    config,
    typeDefs: customerTypeDefs,
    resolvers: [customerResolvers],
    entities: [Customer],
    migrations: [CreateCustomers1764000000100, ExtendCustomerProfile1764000001000],
    createLoaders: createCustomerLoaders,
  });
}
