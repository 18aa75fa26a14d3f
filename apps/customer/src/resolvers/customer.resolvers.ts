import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { newId } from '@crm/db';
import { appendToOutbox } from '@crm/messaging';
import { canReadPii, guard, guardReference, maskPii, ownerOfNewRecord, withinScope } from '@crm/permissions';
import { createIdempotently, recordCreation, type RequestContext } from '@crm/subgraph-kit';
import { Customer } from '../data/customer.entity';
import { insertCustomer } from '../data/customer.repository';
import { activeDictionaryKeys } from '../data/dictionary.repository';
import { INITIAL_LIFECYCLE_STAGE } from '../domain/customer-vocabulary';
import { parseNewCustomer } from '../domain/new-customer';
import { customerCreated } from '../events/customer-created.event';
import type { CustomerLoaders } from '../customer-loaders';
import { customerInScope } from './customer-access';

type Context = RequestContext<CustomerLoaders>;

async function createCustomer(
  { idempotencyKey, ...input }: { idempotencyKey?: string | null },
  context: Context,
): Promise<Customer> {
  const fields = parseNewCustomer(input, 'input', await activeDictionaryKeys(context.dataSource));
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
  return id === customer.id ? customer : customerInScope(id, context);
}

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
