import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { EntityManager } from 'typeorm';
import { newId, updateWithVersion } from '@crm/db';
import { notFound } from '@crm/errors';
import { appendToOutbox } from '@crm/messaging';
import { canReachRecord, canReadPii, guard, guardReference, maskPii } from '@crm/permissions';
import {
  parseId,
  recordAudit,
  recordCreation,
  type PageRequest,
  type RequestContext,
} from '@crm/subgraph-kit';
import type { CustomerLoaders } from '../customer-loaders';
import { assertExpectedVersion } from '../domain/expected-version';
import { Contact } from '../data/contact.entity';
import { demotePrimaryContact } from '../data/contact.repository';
import { lockCustomer } from '../data/customer-lock';
import type { Customer } from '../data/customer.entity';
import type { ContactDetails } from '../domain/contact-fields';
import { parseContactUpdate } from '../domain/contact-update';
import { parseNewContact } from '../domain/new-contact';
import { contactCreated, contactUpdated } from '../events/contact.events';
import { customerInScope, writableCustomer } from './customer-access';

type Context = RequestContext<CustomerLoaders>;

const DETAIL_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'jobTitle', 'role', 'primary'] as const;
const detailsOf = (contact: Contact, fields: readonly string[] = DETAIL_FIELDS) =>
  Object.fromEntries(fields.map((field) => [field, contact[field as keyof Contact]]));

/** The contact, if it exists and its customer lies within the caller's scope for the permission. */
async function contactInScope(id: string, context: Context, write = false): Promise<Contact> {
  const contact = await context.loaders.contactById.load(parseId('id', id));
  if (!contact) throw notFound('Contact', id, 'id');
  if (write) await writableCustomer(contact.customerId, context);
  else await customerInScope(contact.customerId, context);
  return contact;
}

/**
 * Making a contact primary first demotes the customer's previous primary contact, in the same
 * transaction, under a lock on the customer so two such requests take turns.
 */
async function demoteOthers(
  manager: EntityManager,
  contact: Contact,
  now: Date,
  context: Context,
): Promise<void> {
  await lockCustomer(manager, contact.customerId);
  const demoted = await demotePrimaryContact(manager, contact.customerId, contact.id, now);
  for (const other of demoted) {
    await appendToOutbox(manager, [contactUpdated(other, { primary: false }, context)]);
    await recordAudit(manager, context, {
      action: 'updateContact',
      entityType: 'Contact',
      entityId: other.id,
      before: { primary: true },
      after: { primary: false },
    });
  }
}

async function createContact(input: unknown, context: Context): Promise<Contact> {
  const fields = parseNewContact(input);
  await writableCustomer(fields.customerId, context, 'input.customerId');
  const now = new Date();
  const contact = Object.assign(new Contact(), {
    ...fields,
    id: newId(),
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  return context.dataSource.transaction(async (manager) => {
    if (contact.primary) await demoteOthers(manager, contact, now, context);
    await manager.insert(Contact, contact);
    await appendToOutbox(manager, [contactCreated(contact, context)]);
    await recordCreation(manager, context, 'createContact', 'Contact', contact);
    return contact;
  });
}

async function updateContact(
  { id, version, input }: { id: string; version: number; input: unknown },
  context: Context,
): Promise<Contact> {
  const current = await contactInScope(id, context, true);
  const changes: Partial<ContactDetails> = parseContactUpdate(current, input);
  const fields = Object.keys(changes);
  if (fields.length === 0) {
    assertExpectedVersion('Contact', id, current.version, version);
    return current;
  }
  const now = new Date();
  return context.dataSource.transaction(async (manager) => {
    if (changes.primary) await demoteOthers(manager, current, now, context);
    await updateWithVersion(manager, Contact, current.id, version, { ...changes, updatedAt: now });
    const updated = await manager.findOneByOrFail(Contact, { id: current.id });
    await appendToOutbox(manager, [contactUpdated(updated, detailsOf(updated, fields), context)]);
    await recordAudit(manager, context, {
      action: 'updateContact',
      entityType: 'Contact',
      entityId: updated.id,
      before: detailsOf(current, fields),
      after: detailsOf(updated, fields),
    });
    return updated;
  });
}

const personal = (value: string | null, context: Context) =>
  canReadPii(context.caller) ? value : maskPii(value);

export const contactResolvers: GraphQLResolverMap<Context> = {
  Query: {
    contact: guard('customer:read', (_: unknown, { id }: { id: string }, context: Context) =>
      contactInScope(id, context),
    ),
  },
  Mutation: {
    createContact: guard('customer:write', (_: unknown, { input }: { input: unknown }, context: Context) =>
      createContact(input, context),
    ),
    updateContact: guard(
      'customer:write',
      (_: unknown, args: { id: string; version: number; input: unknown }, context: Context) =>
        updateContact(args, context),
    ),
  },
  Customer: {
    contacts: guard('customer:read', (customer: Customer, page: PageRequest, context: Context) =>
      context.loaders.contactsOfCustomer.load({ parentId: customer.id, ...page }),
    ),
  },
  Contact: {
    // A contact of a customer outside the caller's scope resolves to null, like the customer would.
    __resolveReference: guardReference(
      'customer:read',
      async (reference: { id: string }, context: Context) => {
        const contact = await context.loaders.contactById.load(reference.id);
        const customer = contact && (await context.loaders.customerById.load(contact.customerId));
        return customer && canReachRecord(context.caller, 'customer:read', customer.ownerId) ? contact : null;
      },
    ),
    customer: guard('customer:read', (contact: Contact, _: unknown, context: Context) =>
      context.loaders.customerById.load(contact.customerId),
    ),
    email: guard('customer:read', (contact: Contact, _: unknown, context: Context) =>
      personal(contact.email, context),
    ),
    phone: guard('customer:read', (contact: Contact, _: unknown, context: Context) =>
      personal(contact.phone, context),
    ),
  },
};
