import { newId } from '@crm/db';
import type { CloudEventOf } from '@crm/events';
import { ownerOfNewRecord } from '@crm/permissions';
import { parseId, parseReferralCode, runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { Contact } from '../data/contact.entity';
import { Customer } from '../data/customer.entity';
import { activeDictionaryKeys } from '../data/dictionary.repository';
import { parseCustomerUpdate, type CustomerProfile } from '../domain/customer-update';
import { newContactRecord } from '../domain/new-contact';
import {
  newCustomerOfLead,
  newCustomerRecord,
  parseNewCustomer,
  type NewCustomerRecord,
} from '../domain/new-customer';
import { contactCreated } from '../events/contact.events';
import { customerCreated } from '../events/customer-created.event';
import { customerUpdated } from '../events/customer-updated.event';
import { lockCustomerToChange } from './customer-lock';
import { evaluatePurchases } from './customer-value.changes';
import { runIdempotentChange } from './idempotent-change';

/** Inserts a new customer, audited as `action`, and announces it (customer.created). */
async function insertCustomer(
  change: Change,
  record: NewCustomerRecord,
  action: string,
  referralCode: string | null = null,
): Promise<Customer> {
  const customer = Object.assign(new Customer(), record);
  await change.insert(Customer, customer, { action });
  change.publish(customerCreated(record, change.origin, referralCode));
  return customer;
}

export interface CreatedCustomer {
  customerId: string;
  /** The customer this call created; null when a retry with the same idempotency key got the first one's id. */
  customer: Customer | null;
}

/** createCustomer: a valid profile, owned within the caller's scope, born a prospect. */
export async function createCustomer(
  scope: ChangeScope,
  {
    idempotencyKey,
    referralCode,
    ...profile
  }: { idempotencyKey?: string | null; referralCode?: string | null },
): Promise<CreatedCustomer> {
  const referral = parseReferralCode('input.referralCode', referralCode);
  const fields = parseNewCustomer(profile, 'input', await activeDictionaryKeys(scope.db));
  const ownerId = ownerOfNewRecord(scope.caller, 'customer:write', fields.ownerId, 'customers');
  const record = newCustomerRecord({ ...fields, ownerId }, newId(), new Date());
  let created: Customer | null = null;
  const request = { operation: 'createCustomer', key: idempotencyKey, input: { ...profile, referralCode } };
  const customerId = await runIdempotentChange(scope, request, async (change) => {
    created = await insertCustomer(change, record, 'createCustomer', referral);
    return record.id;
  });
  return { customerId, customer: customerId === record.id ? created : null };
}

const pick = (customer: Customer, fields: string[]) =>
  Object.fromEntries(fields.map((field) => [field, customer[field as keyof Customer]]));

export interface UpdateCustomerArgs {
  id: string;
  version: number;
  input: unknown;
}

/**
 * updateCustomer: the changed fields, if nobody changed the customer since `version` (else
 * CONFLICT). A rep who clears the owner keeps the customer (ownerOfNewRecord's rule).
 */
export async function updateCustomer(scope: ChangeScope, { id, version, input }: UpdateCustomerArgs) {
  const customerId = parseId('id', id);
  const dictionary = await activeDictionaryKeys(scope.db);
  return runChange(scope, async (change) => {
    const current = await lockCustomerToChange(change, {
      id: customerId,
      field: 'id',
      version,
      merged: 'survivor',
    });
    const changes: Partial<CustomerProfile> = parseCustomerUpdate(current, input, 'input', dictionary);
    if (changes.ownerId !== undefined) {
      const ownerId = ownerOfNewRecord(change.caller, 'customer:write', changes.ownerId, 'customers');
      if (ownerId === current.ownerId) delete changes.ownerId;
      else changes.ownerId = ownerId;
    }
    const fields = Object.keys(changes);
    if (fields.length === 0) return current;
    const updated = await change.update<Customer>(Customer, current, changes, { action: 'updateCustomer' });
    change.publish(customerUpdated(updated.id, pick(updated, fields), updated.updatedAt, change.origin));
    return updated;
  });
}

type LeadConverted = CloudEventOf<'crm.sales.lead.converted'>;

/**
 * The customer side of the conversion saga (DESIGN §2): the customer, and for a company lead its
 * contact, with the ids sales generated, born by createCustomer's rule; revenue that arrived
 * before it counts at once. A replayed conversion (e.g. a reset consumer group) changes nothing.
 */
export function createCustomerFromLead(scope: ChangeScope, event: LeadConverted): Promise<Customer | null> {
  const { data } = event;
  const at = new Date(data.convertedAt);
  return runChange(scope, async (change) => {
    if (await change.manager.existsBy(Customer, { id: data.customerId })) return null;
    const record = newCustomerRecord(newCustomerOfLead(data), data.customerId, at);
    await insertCustomer(change, record, 'createCustomerFromLead');
    const person = data.contact;
    if (person && !(await change.manager.existsBy(Contact, { id: person.contactId }))) {
      const details = { ...person, role: null, primary: true };
      const contact = Object.assign(
        new Contact(),
        newContactRecord(details, data.customerId, person.contactId, at),
      );
      await change.insert(Contact, contact, { action: 'createCustomerFromLead' });
      change.publish(contactCreated(contact, change.origin));
    }
    // The stored row, with every column's default: revenue kept before it existed counts now.
    const customer = await change.lock<Customer>(Customer, data.customerId, { mode: 'for_no_key_update' });
    const cause = {
      action: 'createCustomerFromLead',
      source: 'EVENT' as const,
      causingEventId: event.id,
      at: new Date(),
    };
    return evaluatePurchases(change, customer, cause);
  });
}
