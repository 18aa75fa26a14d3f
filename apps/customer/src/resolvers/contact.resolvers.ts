import type { Resolvers } from '../generated/resolvers-types';
import type { CustomerContext } from '../customer-context';
import { notFound } from '@crm/errors';
import { canReachRecord, canReadPii, guard, guardReference, maskPii } from '@crm/permissions';
import { parseId, scopeOfRequest } from '@crm/subgraph-kit';
import { createContact, updateContact } from '../changes/contact.changes';
import type { Contact } from '../data/contact.entity';
import { customerInScope } from './customer-access';

/** The contact, if it exists and its customer lies within the caller's scope for the permission. */
async function contactInScope(id: string, context: CustomerContext): Promise<Contact> {
  const contact = await context.loaders.contactById.load(parseId('id', id));
  if (!contact) throw notFound('Contact', id, 'id');
  await customerInScope(contact.customerId, context);
  return contact;
}

const personal = (value: string | null, context: CustomerContext) =>
  canReadPii(context.caller) ? value : maskPii(value);

export const contactResolvers: Resolvers = {
  Query: {
    contact: guard('customer:read', (_, { id }, context) => contactInScope(id, context)),
  },
  Mutation: {
    createContact: guard('customer:write', (_, { input }, context) =>
      createContact(scopeOfRequest(context), input),
    ),
    updateContact: guard('customer:write', (_, args, context) =>
      updateContact(scopeOfRequest(context), args),
    ),
  },
  Customer: {
    contacts: guard('customer:read', (customer, page, context) =>
      context.loaders.contactsOfCustomer.load({ parentId: customer.id, ...page }),
    ),
  },
  Contact: {
    // A contact of a customer outside the caller's scope resolves to null, like the customer would.
    __resolveReference: guardReference('customer:read', async (reference, context) => {
      const contact = await context.loaders.contactById.load(reference.id);
      const customer = contact && (await context.loaders.customerById.load(contact.customerId));
      return customer && canReachRecord(context.caller, 'customer:read', customer.ownerId) ? contact : null;
    }),
    customer: guard('customer:read', (contact, _, context) =>
      context.loaders.customerById.load(contact.customerId),
    ),
    email: guard('customer:read', (contact, _, context) => personal(contact.email, context)),
    phone: guard('customer:read', (contact, _, context) => personal(contact.phone, context)),
  },
};
