import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { forbidden } from '@crm/errors';
import { appendToOutbox } from '@crm/messaging';
import { guard, scopeOf } from '@crm/permissions';
import { recordAudit, type RequestContext } from '@crm/subgraph-kit';
import type { CustomerLoaders } from '../customer-loaders';
import { anonymiseCustomer } from '../data/customer-erasure';
import { Customer } from '../data/customer.entity';
import { customerErased } from '../events/customer-erased.event';
import { customerInScope } from './customer-access';

type Context = RequestContext<CustomerLoaders>;

const PERSONAL_FIELDS = [
  'name',
  'email',
  'phone',
  'emails',
  'phones',
  'addresses',
  'birthDate',
  'gender',
  'website',
];
const personalDataOf = (customer: Customer) =>
  Object.fromEntries(PERSONAL_FIELDS.map((field) => [field, customer[field as keyof Customer]]));

/**
 * Erasure cannot be undone, so it is for callers who may change every customer (customer:write
 * with scope all: admins), not for the rep who owns one. Erasing twice changes nothing.
 */
async function eraseCustomer(id: string, context: Context): Promise<Customer> {
  if (scopeOf(context.caller, 'customer:write') !== 'all')
    throw forbidden('Only callers who may change every customer (admins) may erase one');
  const customer = await customerInScope(id, context, 'customer:write');
  if (customer.erasedAt) return customer;
  const erasedAt = new Date();
  return context.dataSource.transaction(async (manager) => {
    await anonymiseCustomer(manager, customer.id, erasedAt);
    const erased = await manager.findOneByOrFail(Customer, { id: customer.id });
    await appendToOutbox(manager, [customerErased(customer.id, erasedAt, context)]);
    // The audit says what was erased, not what it was: the trail must not keep the data.
    await recordAudit(manager, context, {
      action: 'eraseCustomer',
      entityType: 'Customer',
      entityId: customer.id,
      before: { erasedAt: null },
      after: { erasedAt, ...personalDataOf(erased) },
    });
    return erased;
  });
}

export const erasureResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    eraseCustomer: guard('customer:write', (_: unknown, { id }: { id: string }, context: Context) =>
      eraseCustomer(id, context),
    ),
  },
};
