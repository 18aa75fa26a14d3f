import { newId } from '@crm/db';
import { parseId, runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { Contact } from '../data/contact.entity';
import { demotePrimaryContact } from '../data/contact.repository';
import type { ContactDetails } from '../domain/contact-fields';
import { parseContactUpdate } from '../domain/contact-update';
import { newContactRecord, parseNewContact } from '../domain/new-contact';
import { contactCreated, contactUpdated } from '../events/contact.events';
import { lockCustomerToChange } from './customer-lock';

const detailsOf = (contact: Contact, fields: readonly string[]) =>
  Object.fromEntries(fields.map((field) => [field, contact[field as keyof Contact]]));

/**
 * Making a contact primary first demotes the customer's previous primary contact, in the same
 * change, under the lock on the customer, so two such requests take turns.
 */
async function demoteOthers(change: Change, contact: { id: string; customerId: string }, now: Date) {
  const demoted = await demotePrimaryContact(change.manager, contact.customerId, contact.id, now);
  for (const other of demoted) {
    change.publish(contactUpdated(other, { primary: false }, change.origin));
    change.audit({
      action: 'updateContact',
      entityType: 'Contact',
      entityId: other.id,
      before: { primary: true },
      after: { primary: false },
    });
  }
}

/** createContact: a person at a customer the caller may change. */
export function createContact(scope: ChangeScope, input: unknown): Promise<Contact> {
  const fields = parseNewContact(input);
  return runChange(scope, async (change) => {
    const customer = await lockCustomerToChange(change, {
      id: fields.customerId,
      field: 'input.customerId',
      merged: 'survivor',
    });
    const now = new Date();
    const contact = Object.assign(new Contact(), newContactRecord(fields, customer.id, newId(), now));
    if (contact.primary) await demoteOthers(change, contact, now);
    await change.insert(Contact, contact, { action: 'createContact' });
    change.publish(contactCreated(contact, change.origin));
    return contact;
  });
}

export interface UpdateContactArgs {
  id: string;
  version: number;
  input: unknown;
}

/** updateContact: the changed fields, if nobody changed the contact since `version` (else CONFLICT). */
export function updateContact(
  scope: ChangeScope,
  { id, version, input }: UpdateContactArgs,
): Promise<Contact> {
  const contactId = parseId('id', id);
  return runChange(scope, async (change) => {
    const found = await change.lock(Contact, contactId, { field: 'id' });
    await lockCustomerToChange(change, { id: found.customerId, field: 'id', merged: 'survivor' });
    const current = await change.lock(Contact, contactId, { field: 'id', version });
    const changes: Partial<ContactDetails> = parseContactUpdate(current, input);
    const fields = Object.keys(changes);
    if (fields.length === 0) return current;
    const now = new Date();
    if (changes.primary) await demoteOthers(change, current, now);
    const updated = await change.update<Contact>(
      Contact,
      current,
      { ...changes, updatedAt: now },
      { action: 'updateContact' },
    );
    change.publish(contactUpdated(updated, detailsOf(updated, fields), change.origin));
    return updated;
  });
}
