import type { EntityManager } from 'typeorm';
import type { CloudEventOf } from '@crm/events';
import { appendToOutbox, type EventHandler } from '@crm/messaging';
import { Contact } from '../data/contact.entity';
import { Customer } from '../data/customer.entity';
import { lockCustomer } from '../data/customer-lock';
import { INITIAL_LIFECYCLE_STAGE } from '../domain/customer-vocabulary';
import { contactCreated } from './contact.events';
import { customerCreated } from './customer-created.event';
import { evaluatePurchases } from './revenue-fact';

type LeadConverted = CloudEventOf<'crm.sales.lead.converted'>;

/** The dictionary source of customers born from a lead (see default-dictionary.ts). */
const LEAD_CONVERSION_SOURCE = 'LEAD_CONVERSION';

function customerOf({ data }: LeadConverted, at: Date): Customer {
  return Object.assign(new Customer(), {
    id: data.customerId,
    kind: data.customerKind,
    name: data.customerName,
    email: data.email,
    phone: data.phone,
    emails: data.email ? [{ address: data.email, label: null, primary: true }] : [],
    phones: data.phone ? [{ number: data.phone, label: null, primary: true }] : [],
    addresses: [],
    ownerId: data.ownerId,
    lifecycleStage: INITIAL_LIFECYCLE_STAGE,
    source: LEAD_CONVERSION_SOURCE,
    industry: data.industry,
    region: data.region,
    createdAt: at,
    updatedAt: at,
    version: 1,
  });
}

async function insertContact(
  manager: EntityManager,
  event: LeadConverted,
  at: Date,
): Promise<Contact | null> {
  const person = event.data.contact;
  if (!person) return null;
  const contact = Object.assign(new Contact(), {
    id: person.contactId,
    customerId: event.data.customerId,
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email,
    phone: person.phone,
    jobTitle: person.jobTitle,
    role: null,
    primary: true,
    createdAt: at,
    updatedAt: at,
    version: 1,
  });
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(Contact)
    .values(contact)
    .orIgnore()
    .returning(['id'])
    .execute();
  return inserted.raw.length ? contact : null;
}

/**
 * The customer side of the conversion saga (DESIGN §2): creates the customer, and for a company
 * lead its contact, with the ids sales generated. The inbox makes a redelivery a no-op and
 * ON CONFLICT DO NOTHING keeps a replayed event (e.g. from a reset consumer group) harmless.
 */
export const onLeadConverted: EventHandler<'crm.sales.lead.converted'> = async (event, manager) => {
  const at = new Date(event.data.convertedAt);
  const customer = customerOf(event, at);
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(Customer)
    .values(customer)
    .orIgnore()
    .returning(['id'])
    .execute();
  if (!inserted.raw.length) return;
  const contact = await insertContact(manager, event, at);
  // The saga's events carry on the converting user and the conversion's correlation id.
  const origin = { caller: { userId: event.actor }, correlationId: event.correlationid };
  await appendToOutbox(manager, [
    customerCreated(customer, event.actor, event.correlationid),
    ...(contact ? [contactCreated(contact, origin)] : []),
    // The stored row, with every column's default: revenue kept before it existed counts now.
    ...(await evaluatePurchases(manager, (await lockCustomer(manager, customer.id))!, event)),
  ]);
};
