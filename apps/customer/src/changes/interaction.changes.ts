import { newId } from '@crm/db';
import { badUserInput, notFound } from '@crm/errors';
import { assertRecordAccess } from '@crm/permissions';
import { parseId, runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import type { Customer } from '../data/customer.entity';
import { Interaction } from '../data/interaction.entity';
import { customersOfContacts, findCustomerForInteraction } from '../data/interaction.repository';
import { assertAcceptsInteractions, assertContactsOfCustomer } from '../domain/interaction-customer';
import { applyInteractionChanges, parseNewInteraction } from '../domain/interaction-input';
import { interactionLogged } from '../events/interaction-logged.event';
import { interactionUpdated } from '../events/interaction-updated.event';
import { runIdempotentChange } from './idempotent-change';

/**
 * The customer a record is written for, share-locked (a merge or an erasure of it waits), writable
 * by the caller and still taking records.
 */
async function customerToWrite(change: Change, customerId: string, field: string): Promise<Customer> {
  const customer = await findCustomerForInteraction(change.manager, customerId);
  if (!customer) throw notFound('Customer', customerId, field);
  assertRecordAccess(change.caller, 'customer:write', customer.ownerId, `customer ${customerId}`);
  assertAcceptsInteractions(customer, field);
  return customer;
}

/** The contacts who took part must be the customer's own. */
async function assertOwnContacts(change: Change, customerId: string, contactIds: string[]) {
  const customerOfContact = await customersOfContacts(change.manager, contactIds);
  assertContactsOfCustomer(contactIds, customerOfContact, customerId, 'input.contactIds');
}

/** logInteraction: a call, email, meeting, visit or message with a customer; returns its id. */
export function logInteraction(
  scope: ChangeScope,
  { idempotencyKey, ...input }: { idempotencyKey?: string | null },
): Promise<string> {
  const now = new Date();
  const fields = parseNewInteraction(input, now);
  const request = { operation: 'logInteraction', key: idempotencyKey, input };
  return runIdempotentChange(scope, request, async (change) => {
    await customerToWrite(change, fields.customerId, 'input.customerId');
    await assertOwnContacts(change, fields.customerId, fields.contactIds);
    const interaction = Object.assign(new Interaction(), {
      ...fields,
      id: newId(),
      loggedById: change.caller.userId,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await change.insert(Interaction, interaction, { action: 'logInteraction' });
    change.publish(interactionLogged(interaction, change.origin));
    return interaction.id;
  });
}

export interface UpdateInteractionArgs {
  id: string;
  version: number;
  input: object;
}

/** updateInteraction: corrects a record, which must stay as valid as a new one. */
export function updateInteraction(scope: ChangeScope, { id, version, input }: UpdateInteractionArgs) {
  const interactionId = parseId('id', id);
  if (!Number.isInteger(version) || version < 1)
    throw badUserInput('version', 'must be the version you read');
  return runChange(scope, async (change) => {
    const found = await change.lock(Interaction, interactionId, { field: 'id' });
    await customerToWrite(change, found.customerId, 'id');
    const before = await change.lock(Interaction, interactionId, { field: 'id', version });
    const changes = applyInteractionChanges(before, input, new Date());
    await assertOwnContacts(change, before.customerId, changes.contactIds);
    const after = await change.update<Interaction>(Interaction, before, changes, {
      action: 'updateInteraction',
    });
    change.publish(interactionUpdated(after, change.origin));
    return after;
  });
}
