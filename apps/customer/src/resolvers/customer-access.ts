import { notFound } from '@crm/errors';
import { assertRecordAccess, type Permission } from '@crm/permissions';
import { parseId } from '@crm/subgraph-kit';
import type { CustomerContext } from '../customer-context';
import type { Customer } from '../data/customer.entity';

/** The customer, if it exists and lies within the caller's record scope for `permission`. */
export async function customerInScope(
  id: string,
  context: CustomerContext,
  permission: Permission = 'customer:read',
  field = 'id',
): Promise<Customer> {
  const customer = await context.loaders.customerById.load(parseId(field, id));
  if (!customer) throw notFound('Customer', id, field);
  assertRecordAccess(context.caller, permission, customer.ownerId, `customer ${id}`);
  return customer;
}
