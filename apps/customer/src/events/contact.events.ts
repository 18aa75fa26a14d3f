import { buildEvent, type EventPayload } from '@crm/events';
import type { RequestContext } from '@crm/subgraph-kit';
import type { Contact } from '../data/contact.entity';

/** Who caused the event and the operation it belongs to: a request's context, or a saga step's. */
export interface ContactEventOrigin {
  caller: Pick<RequestContext['caller'], 'userId'>;
  correlationId: string;
}

export function contactCreated(contact: Contact, origin: ContactEventOrigin) {
  return buildEvent('crm.customer.contact.created', {
    subject: contact.id,
    actor: origin.caller.userId,
    correlationId: origin.correlationId,
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
export function contactUpdated(contact: Contact, values: ContactValues, context: RequestContext) {
  return buildEvent('crm.customer.contact.updated', {
    subject: contact.id,
    actor: context.caller.userId,
    correlationId: context.correlationId,
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
