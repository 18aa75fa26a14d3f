import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { EntityManager } from 'typeorm';
import { badUserInput } from '@crm/errors';
import { appendToOutbox } from '@crm/messaging';
import { guard } from '@crm/permissions';
import { parseId, recordAudit, type PageRequest, type RequestContext } from '@crm/subgraph-kit';
import type { CustomerLoaders } from '../customer-loaders';
import type { Customer } from '../data/customer.entity';
import { lockCustomer } from '../data/customer-lock';
import { activeDictionaryKeys } from '../data/dictionary.repository';
import { attachTags, detachTags, listTags, resolveTagRefs, tagsOfCustomers } from '../data/tag.repository';
import { dictionaryKey } from '../domain/dictionary-codes';
import { parseInput } from '../domain/parse-input';
import { DICTIONARY_CODE } from '../domain/profile-fields';
import { parseTagRefs, type TagRef } from '../domain/tag-refs';
import { customerUpdated } from '../events/customer-updated.event';
import { writableCustomer } from './customer-access';

type Context = RequestContext<CustomerLoaders>;

const tagSetOf = async (manager: EntityManager, customerId: string) =>
  (await tagsOfCustomers(manager, [customerId])).map(({ id, group, name }) => ({ id, group, name }));

/** Runs a change of the customer's tag set; when it changed anything, publishes the new set and audits it. */
async function changeTags(
  customer: Customer,
  action: string,
  context: Context,
  change: (manager: EntityManager) => Promise<boolean>,
): Promise<Customer> {
  await context.dataSource.transaction(async (manager) => {
    await lockCustomer(manager, customer.id);
    const before = await tagSetOf(manager, customer.id);
    if (!(await change(manager))) return;
    const after = await tagSetOf(manager, customer.id);
    await appendToOutbox(manager, [customerUpdated(customer.id, { tags: after }, new Date(), context)]);
    await recordAudit(manager, context, {
      action,
      entityType: 'Customer',
      entityId: customer.id,
      before: { tags: before.map((tag) => `${tag.group}:${tag.name}`) },
      after: { tags: after.map((tag) => `${tag.group}:${tag.name}`) },
    });
  });
  return customer;
}

/** Named tags must belong to an active TAG_GROUP of the dictionary. */
function assertActiveGroups(refs: TagRef[], activeKeys: Set<string>): void {
  refs.forEach((ref, index) => {
    if ('group' in ref && !activeKeys.has(dictionaryKey('TAG_GROUP', ref.group)))
      throw badUserInput(
        `tags.${index}.group`,
        `${ref.group} is not an active TAG_GROUP of the data dictionary`,
      );
  });
}

async function tagCustomer({ customerId, tags }: { customerId: string; tags: unknown }, context: Context) {
  const customer = await writableCustomer(customerId, context, 'customerId');
  const refs = parseTagRefs(tags);
  assertActiveGroups(refs, await activeDictionaryKeys(context.dataSource));
  return changeTags(customer, 'tagCustomer', context, async (manager) => {
    const resolved = await resolveTagRefs(manager, refs, 'tags');
    return attachTags(manager, customer.id, [...new Set(resolved.map((tag) => tag.id))]);
  });
}

async function untagCustomer(
  { customerId, tagIds }: { customerId: string; tagIds: string[] },
  context: Context,
) {
  const customer = await writableCustomer(customerId, context, 'customerId');
  const ids = tagIds.map((id, index) => parseId(`tagIds.${index}`, id));
  return changeTags(customer, 'untagCustomer', context, (manager) => detachTags(manager, customer.id, ids));
}

export const tagResolvers: GraphQLResolverMap<Context> = {
  Query: {
    tags: guard(
      'customer:read',
      (_: unknown, { group, ...page }: { group: string } & PageRequest, context: Context) =>
        listTags(context.dataSource, parseInput(DICTIONARY_CODE, group, 'group'), page),
    ),
  },
  Mutation: {
    tagCustomer: guard(
      'customer:write',
      (_: unknown, args: { customerId: string; tags: unknown }, context: Context) =>
        tagCustomer(args, context),
    ),
    untagCustomer: guard(
      'customer:write',
      (_: unknown, args: { customerId: string; tagIds: string[] }, context: Context) =>
        untagCustomer(args, context),
    ),
  },
  Customer: {
    tags: guard('customer:read', (customer: Customer, _: unknown, context: Context) =>
      context.loaders.tagsOfCustomer.load(customer.id),
    ),
  },
};
