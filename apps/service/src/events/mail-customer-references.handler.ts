import type { EventHandler } from '@crm/messaging';
import { scopeOfEvent } from '@crm/subgraph-kit';
import { refileUnknownRequesters } from '../changes/queue-mailbox.changes';
import { forgetContactsOf, moveContactsToSurvivor } from '../data/known-contact.repository';

/** customer.merged: contacts and mailboxes' unknown-requester customer follow the survivor. */
export const onCustomerMergedMail: EventHandler<'crm.customer.customer.merged'> = async (event, manager) => {
  const { customerId, mergedCustomerIds } = event.data;
  await moveContactsToSurvivor(manager, customerId, mergedCustomerIds);
  await refileUnknownRequesters(scopeOfEvent('service', manager, event), mergedCustomerIds, customerId);
};

/**
 * customer.erased: its contacts' addresses go and mailboxes stop filing strangers under it (the
 * tickets' requester details and messages go with eraseTicketTextOf).
 */
export const onCustomerErasedMail: EventHandler<'crm.customer.customer.erased'> = async (event, manager) => {
  const { customerId } = event.data;
  await forgetContactsOf(manager, customerId);
  await refileUnknownRequesters(scopeOfEvent('service', manager, event), [customerId], null);
};
