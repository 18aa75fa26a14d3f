import type { EventHandler } from '@crm/messaging';
import { rememberContact } from '../data/known-contact.repository';

/** Remembers the contact's address, to tell who a support mail is from. */
export const onContactCreated: EventHandler<'crm.customer.contact.created'> = async (event, manager) => {
  const { contactId, customerId, email, createdAt } = event.data;
  await rememberContact(manager, { id: contactId, customerId, email, createdAt: new Date(createdAt) });
};
