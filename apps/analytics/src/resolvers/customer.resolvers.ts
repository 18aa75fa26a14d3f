import { guard } from '@crm/permissions';
import { CustomerFact } from '../data/customer-fact.entity';
import type { Resolvers } from '../generated/resolvers-types';

export const customerResolvers: Resolvers = {
  Query: {
    customersSeen: guard('analytics:read', (_, _args, context) =>
      context.dataSource.getRepository(CustomerFact).count(),
    ),
  },
  Customer: {
    metrics: guard('analytics:read', (customer, _args, context) =>
      context.loaders.metricsOfCustomer.load(customer.id),
    ),
  },
};
