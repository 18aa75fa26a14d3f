import { parseId, runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import type { Customer } from '../data/customer.entity';
import { activeDictionaryKeys } from '../data/dictionary.repository';
import { attachTags, detachTags, resolveTagRefs, tagsOfCustomers } from '../data/tag.repository';
import { assertActiveTagGroups, parseTagRefs } from '../domain/tag-refs';
import { customerUpdated } from '../events/customer-updated.event';
import { lockCustomerToChange } from './customer-lock';

const tagSetOf = async (change: Change, customerId: string) =>
  (await tagsOfCustomers(change.manager, [customerId])).map(({ id, group, name }) => ({ id, group, name }));

/** Changes the customer's tag set; when it changed anything, publishes the new set and audits it. */
function changeTags(
  scope: ChangeScope,
  customerId: string,
  action: string,
  edit: (change: Change, customer: Customer) => Promise<boolean>,
): Promise<Customer> {
  return runChange(scope, async (change) => {
    const customer = await lockCustomerToChange(change, {
      id: customerId,
      field: 'customerId',
      merged: 'survivor',
    });
    const before = await tagSetOf(change, customer.id);
    if (!(await edit(change, customer))) return customer;
    const after = await tagSetOf(change, customer.id);
    change.publish(customerUpdated(customer.id, { tags: after }, new Date(), change.origin));
    change.audit({
      action,
      entityType: 'Customer',
      entityId: customer.id,
      before: { tags: before.map((tag) => `${tag.group}:${tag.name}`) },
      after: { tags: after.map((tag) => `${tag.group}:${tag.name}`) },
    });
    return customer;
  });
}

/** tagCustomer: tags by id, or by group and name (created in their group on first use). */
export async function tagCustomer(
  scope: ChangeScope,
  { customerId, tags }: { customerId: string; tags: unknown },
) {
  const id = parseId('customerId', customerId);
  const refs = parseTagRefs(tags);
  assertActiveTagGroups(refs, await activeDictionaryKeys(scope.db));
  return changeTags(scope, id, 'tagCustomer', async (change, customer) => {
    const resolved = await resolveTagRefs(change.manager, refs, 'tags');
    return attachTags(change.manager, customer.id, [...new Set(resolved.map((tag) => tag.id))]);
  });
}

export function untagCustomer(
  scope: ChangeScope,
  { customerId, tagIds }: { customerId: string; tagIds: string[] },
) {
  const id = parseId('customerId', customerId);
  const ids = tagIds.map((tagId, index) => parseId(`tagIds.${index}`, tagId));
  return changeTags(scope, id, 'untagCustomer', (change, customer) =>
    detachTags(change.manager, customer.id, ids),
  );
}
