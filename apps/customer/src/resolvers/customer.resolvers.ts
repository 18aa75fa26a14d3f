import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { newId } from '@crm/db';
import { notFound } from '@crm/errors';
import { appendToOutbox } from '@crm/messaging';
import { parseId, type RequestContext } from '@crm/subgraph-kit';
import { Customer } from '../data/customer.entity';
import { insertCustomer, listCustomers, type CustomerFilter } from '../data/customer.repository';
import { INITIAL_LIFECYCLE_STAGE } from '../domain/customer-vocabulary';
import { parseNewCustomer } from '../domain/new-customer';
import { customerCreated } from '../events/customer-created.event';
import type { CustomerLoaders } from '../customer-loaders';

type Context = RequestContext<CustomerLoaders>;

interface CustomersArgs {
  first?: number | null;
  after?: string | null;
  filter?: CustomerFilter | null;
}

async function customerById(id: string, context: Context): Promise<Customer> {
  const customer = await context.loaders.customerById.load(parseId('id', id));
  if (!customer) throw notFound('Customer', id, 'id');
  return customer;
}

async function createCustomer(input: unknown, context: Context): Promise<Customer> {
  const fields = parseNewCustomer(input);
  const now = new Date();
  const customer = Object.assign(new Customer(), {
    ...fields,
    id: newId(),
    lifecycleStage: INITIAL_LIFECYCLE_STAGE,
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  await context.dataSource.transaction(async (manager) => {
    await insertCustomer(manager, customer);
    await appendToOutbox(manager, [customerCreated(customer, context.caller.userId, context.correlationId)]);
  });
  return customer;
}

export const customerResolvers: GraphQLResolverMap<Context> = {
  DateTime: GraphQLDateTimeISO,
  Query: {
    customer: (_: unknown, { id }: { id: string }, context: Context) => customerById(id, context),
    customers: (_: unknown, { first, after, filter }: CustomersArgs, context: Context) => {
      if (filter?.ownerId) parseId('filter.ownerId', filter.ownerId);
      return listCustomers(context.dataSource, filter ?? {}, { first, after });
    },
  },
  Mutation: {
    createCustomer: (_: unknown, { input }: { input: unknown }, context: Context) =>
      createCustomer(input, context),
  },
  Customer: {
    __resolveReference: (reference: { id: string }, context: Context) =>
      context.loaders.customerById.load(reference.id),
    owner: (customer: Customer) => (customer.ownerId ? { __typename: 'User', id: customer.ownerId } : null),
  },
};
