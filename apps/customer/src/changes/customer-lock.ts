import { notFound } from '@crm/errors';
import { assertRecordAccess } from '@crm/permissions';
import type { Change } from '@crm/subgraph-kit';
import { Customer } from '../data/customer.entity';
import { assertNotErased } from '../domain/customer-erasure';

export interface CustomerTarget {
  id: string;
  /** Where the id came from, for NOT_FOUND (e.g. `input.customerId`). */
  field: string;
  /** The version the caller read: CONFLICT when the customer moved on. */
  version?: number | null;
  /** A merged customer lives on in its survivor: `survivor` changes that one, `notFound` refuses. */
  merged: 'survivor' | 'notFound';
  /** An erased customer takes no change (CONFLICT), except where the change says otherwise. */
  erased?: 'refuse' | 'allow';
}

/**
 * The customer a change writes to, locked FOR NO KEY UPDATE (rows that reference it may still be
 * inserted meanwhile): NOT_FOUND, FORBIDDEN outside the caller's write scope, CONFLICT when erased
 * or when `version` is stale, in that order.
 */
export async function lockCustomerToChange(change: Change, target: CustomerTarget): Promise<Customer> {
  const { id, field, version, merged, erased = 'refuse' } = target;
  const mode = 'for_no_key_update' as const;
  let customer = await change.lock(Customer, id, { field, mode });
  if (customer.mergedIntoId) {
    if (merged === 'notFound') throw notFound('Customer', id, field);
    customer = await change.lock(Customer, customer.mergedIntoId, { field, mode });
  }
  assertRecordAccess(change.caller, 'customer:write', customer.ownerId, `customer ${id}`);
  if (erased === 'refuse') assertNotErased(customer);
  // Locked already: this only compares the version, with the write path's one CONFLICT.
  if (version !== null && version !== undefined)
    customer = await change.lock(Customer, customer.id, { field, mode, version });
  return customer;
}
