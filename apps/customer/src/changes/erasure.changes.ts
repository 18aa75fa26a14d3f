import { forbidden } from '@crm/errors';
import { scopeOf } from '@crm/permissions';
import { parseId, runChange, type ChangeScope } from '@crm/subgraph-kit';
import { anonymiseCustomer } from '../data/customer-erasure';
import { Customer } from '../data/customer.entity';
import { customerErased } from '../events/customer-erased.event';
import { lockCustomerToChange } from './customer-lock';

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
 * eraseCustomer (GDPR Art. 17). Erasure cannot be undone, so it is for callers who may change
 * every customer (customer:write with scope all: admins), not for the rep who owns one. Erasing
 * twice changes nothing.
 */
export function eraseCustomer(scope: ChangeScope, id: string): Promise<Customer> {
  if (scopeOf(scope.caller, 'customer:write') !== 'all')
    throw forbidden('Only callers who may change every customer (admins) may erase one');
  const customerId = parseId('id', id);
  return runChange(scope, async (change) => {
    const customer = await lockCustomerToChange(change, {
      id: customerId,
      field: 'id',
      merged: 'survivor',
      erased: 'allow',
    });
    if (customer.erasedAt) return customer;
    const erasedAt = new Date();
    await anonymiseCustomer(change.manager, customer.id, erasedAt);
    const erased = await change.manager.findOneByOrFail(Customer, { id: customer.id });
    change.publish(customerErased(customer.id, erasedAt, change.origin));
    // The audit says what was erased, not what it was: the trail must not keep the data.
    change.audit({
      action: 'eraseCustomer',
      entityType: 'Customer',
      entityId: customer.id,
      before: { erasedAt: null },
      after: { erasedAt, ...personalDataOf(erased) },
    });
    return erased;
  });
}
