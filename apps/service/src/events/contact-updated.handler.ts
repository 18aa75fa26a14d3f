import type { EventHandler } from '@crm/messaging';
import { changeContactEmail } from '../data/known-contact.repository';

/** A contact's new address (or none): mail from the old one no longer finds them. */
export const onContactUpdated: EventHandler<'crm.customer.contact.updated'> = async (event, manager) => {
  const { contactId, customerId, values, updatedAt } = event.data;
  if (!('email' in values)) return;
  await changeContactEmail(manager, {
    id: contactId,
    customerId,
    email: values.email ?? null,
    updatedAt: new Date(updatedAt),
  });
};
