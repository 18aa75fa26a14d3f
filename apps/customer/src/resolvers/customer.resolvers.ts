import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { canReadPii, guard, guardReference, maskPii, withinScope } from '@crm/permissions';
import { scopeOfRequest, type RequestContext } from '@crm/subgraph-kit';
import { createCustomer } from '../changes/customer.changes';
import type { Customer } from '../data/customer.entity';
import type { CustomerLoaders } from '../customer-loaders';
import { customerInScope } from './customer-access';

type Context = RequestContext<CustomerLoaders>;

/** Contact details are personal data: roles without PII rights see them masked. */
const contactDetail = (value: string | null, context: Context) =>
  canReadPii(context.caller) ? value : maskPii(value);

export const customerResolvers: GraphQLResolverMap<Context> = {
  DateTime: GraphQLDateTimeISO,
  Query: {
    customer: guard('customer:read', (_: unknown, { id }: { id: string }, context: Context) =>
      customerInScope(id, context),
    ),
  },
  Mutation: {
    createCustomer: guard(
      'customer:write',
      async (_: unknown, { input }: { input: { idempotencyKey?: string | null } }, context: Context) => {
        const { customerId, customer } = await createCustomer(scopeOfRequest(context), input);
        return customer ?? customerInScope(customerId, context);
      },
    ),
  },
  Customer: {
    // Another rep's customer reached through a federated reference resolves to null.
    __resolveReference: guardReference('customer:read', async (reference: { id: string }, context: Context) =>
      withinScope(context.caller, 'customer:read', await context.loaders.customerById.load(reference.id)),
    ),
    email: (customer: Customer, _: unknown, context: Context) => contactDetail(customer.email, context),
    phone: (customer: Customer, _: unknown, context: Context) => contactDetail(customer.phone, context),
    owner: (customer: Customer) => (customer.ownerId ? { __typename: 'User', id: customer.ownerId } : null),
  },
};
