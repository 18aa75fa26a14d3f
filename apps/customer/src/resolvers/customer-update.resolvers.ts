import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { updateWithVersion } from '@crm/db';
import { appendToOutbox } from '@crm/messaging';
import { guard, ownerOfNewRecord } from '@crm/permissions';
import { recordAudit, type RequestContext } from '@crm/subgraph-kit';
import type { CustomerLoaders } from '../customer-loaders';
import { assertExpectedVersion } from '../domain/expected-version';
import { Customer } from '../data/customer.entity';
import { activeDictionaryKeys } from '../data/dictionary.repository';
import { parseCustomerUpdate, type CustomerProfile } from '../domain/customer-update';
import { customerUpdated } from '../events/customer-updated.event';
import { writableCustomer } from './customer-access';

type Context = RequestContext<CustomerLoaders>;

interface UpdateCustomerArgs {
  id: string;
  version: number;
  input: unknown;
}

const pick = (customer: Customer, fields: string[]) =>
  Object.fromEntries(fields.map((field) => [field, customer[field as keyof Customer]]));

/**
 * Applies the changed fields if nobody changed the customer since `version` (else CONFLICT): the
 * version check is in the UPDATE's WHERE, so of two concurrent writers exactly one wins.
 */
async function updateCustomer(
  { id, version, input }: UpdateCustomerArgs,
  context: Context,
): Promise<Customer> {
  const current = await writableCustomer(id, context);
  const dictionary = await activeDictionaryKeys(context.dataSource);
  const changes: Partial<CustomerProfile> = parseCustomerUpdate(current, input, 'input', dictionary);
  if (changes.ownerId !== undefined) {
    // Within the caller's scope; a rep who clears the owner keeps the customer (ownerOfNewRecord's rule).
    const ownerId = ownerOfNewRecord(context.caller, 'customer:write', changes.ownerId, 'customers');
    if (ownerId === current.ownerId) delete changes.ownerId;
    else changes.ownerId = ownerId;
  }
  const fields = Object.keys(changes);
  if (fields.length === 0) {
    assertExpectedVersion('Customer', id, current.version, version);
    return current;
  }
  const now = new Date();
  return context.dataSource.transaction(async (manager) => {
    await updateWithVersion(manager, Customer, current.id, version, { ...changes, updatedAt: now });
    const updated = await manager.findOneByOrFail(Customer, { id: current.id });
    await appendToOutbox(manager, [customerUpdated(updated.id, pick(updated, fields), now, context)]);
    await recordAudit(manager, context, {
      action: 'updateCustomer',
      entityType: 'Customer',
      entityId: updated.id,
      before: pick(current, fields),
      after: pick(updated, fields),
    });
    return updated;
  });
}

export const customerUpdateResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    updateCustomer: guard('customer:write', (_: unknown, args: UpdateCustomerArgs, context: Context) =>
      updateCustomer(args, context),
    ),
  },
};
