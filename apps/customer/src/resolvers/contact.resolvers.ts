import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { notFound } from '@crm/errors';
import { canReachRecord, canReadPii, guard, guardReference, maskPii } from '@crm/permissions';
import { parseId, scopeOfRequest, type PageRequest, type RequestContext } from '@crm/subgraph-kit';
import { createContact, updateContact, type UpdateContactArgs } from '../changes/contact.changes';
import type { CustomerLoaders } from '../customer-loaders';
import type { Contact } from '../data/contact.entity';
import type { Customer } from '../data/customer.entity';
import { customerInScope } from './customer-access';

type Context = RequestContext<CustomerLoaders>;

/** The contact, if it exists and its customer lies within the caller's scope for the permission. */
async function contactInScope(id: string, context: Context): Promise<Contact> {
  const contact = await context.loaders.contactById.load(parseId('id', id));
  if (!contact) throw notFound('Contact', id, 'id');
  await customerInScope(contact.customerId, context);
  return contact;
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
      createContact(scopeOfRequest(context), input),
    ),
    updateContact: guard('customer:write', (_: unknown, args: UpdateContactArgs, context: Context) =>
      updateContact(scopeOfRequest(context), args),
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
