import { buildEvent, type EventOrigin, type EventPayload } from '@crm/events';
import type { Contact } from '../data/contact.entity';

export function contactCreated(contact: Contact, origin: EventOrigin) {
  return buildEvent('crm.customer.contact.created', {
    subject: contact.id,
    ...origin,
    data: {
      contactId: contact.id,
      customerId: contact.customerId,
      firstName: contact.firstName,
      lastName: contact.lastName,
      email: contact.email,
      phone: contact.phone,
      jobTitle: contact.jobTitle,
      role: contact.role,
      primary: contact.primary,
      createdAt: contact.createdAt.toISOString(),
    },
  });
}

type ContactValues = EventPayload<'crm.customer.contact.updated'>['values'];

/** contact.updated for the contact as it is now, with the new values of the fields that changed. */
export function contactUpdated(contact: Contact, values: ContactValues, origin: EventOrigin) {
  return buildEvent('crm.customer.contact.updated', {
    subject: contact.id,
    ...origin,
    data: {
      contactId: contact.id,
      customerId: contact.customerId,
      changedFields: Object.keys(values),
      values,
      version: contact.version,
      updatedAt: contact.updatedAt.toISOString(),
    },
  });
}
