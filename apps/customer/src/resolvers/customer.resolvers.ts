import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { CustomerContext } from '../customer-context';
import type { Resolvers } from '../generated/resolvers-types';
import { canReadPii, guard, guardReference, maskPii, withinScope } from '@crm/permissions';
import { scopeOfRequest } from '@crm/subgraph-kit';
import { createCustomer } from '../changes/customer.changes';
import type { Customer } from '../data/customer.entity';
import { customerInScope } from './customer-access';
import { userRef } from './history-actor';

/** Contact details are personal data: roles without PII rights see them masked. */
const contactDetail = (value: string | null, context: CustomerContext) =>
  canReadPii(context.caller) ? value : maskPii(value);

export const customerResolvers: Resolvers = {
  DateTime: GraphQLDateTimeISO,
  Query: {
    customer: guard('customer:read', (_, { id }, context) => customerInScope(id, context)),
  },
  Mutation: {
    createCustomer: guard('customer:write', async (_, { input }, context) => {
      const { customerId, customer } = await createCustomer(scopeOfRequest(context), input);
      return customer ?? customerInScope(customerId, context);
    }),
  },
  Customer: {
    // Another rep's customer reached through a federated reference resolves to null.
    __resolveReference: guardReference('customer:read', async (reference, context) =>
      withinScope(context.caller, 'customer:read', await context.loaders.customerById.load(reference.id)),
    ),
    email: (customer, _, context) => contactDetail(customer.email, context),
    phone: (customer, _, context) => contactDetail(customer.phone, context),
    owner: (customer: Customer) => (customer.ownerId ? userRef(customer.ownerId) : null),
  },
};
