import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { newId } from '@crm/db';
import { notFound } from '@crm/errors';
import { appendToOutbox } from '@crm/messaging';
import {
  assertRecordAccess,
  canReadPii,
  guard,
  guardReference,
  maskPii,
  ownerOfNewRecord,
  readableOwnerIds,
  withinScope,
} from '@crm/permissions';
import { createIdempotently, parseId, recordCreation, type RequestContext } from '@crm/subgraph-kit';
import { Customer } from '../data/customer.entity';
import { insertCustomer, listCustomers } from '../data/customer.repository';
import {
  INITIAL_LIFECYCLE_STAGE,
  type CustomerKind,
  type LifecycleStage,
} from '../domain/customer-vocabulary';
import { parseNewCustomer } from '../domain/new-customer';
import { customerCreated } from '../events/customer-created.event';
import type { CustomerLoaders } from '../customer-loaders';

type Context = RequestContext<CustomerLoaders>;

interface CustomersArgs {
  first?: number | null;
  after?: string | null;
  filter?: {
    kind?: CustomerKind | null;
    lifecycleStage?: LifecycleStage | null;
    ownerId?: string | null;
  } | null;
}

async function customerById(id: string, context: Context): Promise<Customer> {
  const customer = await context.loaders.customerById.load(parseId('id', id));
  if (!customer) throw notFound('Customer', id, 'id');
  assertRecordAccess(context.caller, 'customer:read', customer.ownerId, `customer ${id}`);
  return customer;
}

function customers({ first, after, filter }: CustomersArgs, context: Context) {
  const ownerId = filter?.ownerId ? parseId('filter.ownerId', filter.ownerId) : null;
  const ownerIds = readableOwnerIds(context.caller, 'customer:read', ownerId);
  const kind = filter?.kind;
  const lifecycleStage = filter?.lifecycleStage;
  return listCustomers(context.dataSource, { kind, lifecycleStage, ownerIds }, { first, after });
}

async function createCustomer(
  { idempotencyKey, ...input }: { idempotencyKey?: string | null },
  context: Context,
): Promise<Customer> {
  const fields = parseNewCustomer(input);
  const ownerId = ownerOfNewRecord(context.caller, 'customer:write', fields.ownerId, 'customers');
  const now = new Date();
  const customer = Object.assign(new Customer(), {
    ...fields,
    ownerId,
    id: newId(),
    lifecycleStage: INITIAL_LIFECYCLE_STAGE,
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  const request = { operation: 'createCustomer', key: idempotencyKey, input };
  const id = await createIdempotently(context, request, async (manager) => {
    await insertCustomer(manager, customer);
    await appendToOutbox(manager, [customerCreated(customer, context.caller.userId, context.correlationId)]);
    await recordCreation(manager, context, 'createCustomer', 'Customer', customer);
    return customer.id;
  });
  return id === customer.id ? customer : customerById(id, context);
}

/** Contact details are personal data: roles without PII rights see them masked. */
const contactDetail = (value: string | null, context: Context) =>
  canReadPii(context.caller) ? value : maskPii(value);

export const customerResolvers: GraphQLResolverMap<Context> = {
  DateTime: GraphQLDateTimeISO,
  Query: {
    customer: guard('customer:read', (_: unknown, { id }: { id: string }, context: Context) =>
      customerById(id, context),
    ),
    customers: guard('customer:read', (_: unknown, args: CustomersArgs, context: Context) =>
      customers(args, context),
    ),
  },
  Mutation: {
    createCustomer: guard(
      'customer:write',
      (_: unknown, { input }: { input: { idempotencyKey?: string | null } }, context: Context) =>
        createCustomer(input, context),
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
