import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { findConsent, recordConsent } from '../data/consent.repository';
import type { CustomerConsent } from '../data/customer-consent.entity';
import { Customer } from '../data/customer.entity';
import { parseConsentDecision } from '../domain/consent-input';
import { consentChanged } from '../events/consent-changed.event';
import { lockCustomerToChange } from './customer-lock';

const decisionOf = (consent: CustomerConsent | null) =>
  consent && { granted: consent.granted, source: consent.source, changedAt: consent.changedAt };

/** setConsent: one channel's decision and where it was given (proof of consent, GDPR Art. 7(1)). */
export function setConsent(scope: ChangeScope, args: unknown): Promise<Customer> {
  const decision = parseConsentDecision(args);
  return runChange(scope, async (change) => {
    const customer = await lockCustomerToChange(change, {
      id: decision.customerId,
      field: 'customerId',
      merged: 'survivor',
    });
    const now = new Date();
    const { before, after } = await recordConsent(
      change.manager,
      { ...decision, customerId: customer.id },
      change.caller.userId,
      now,
    );
    change.publish(consentChanged(after, decision.source, change.origin));
    change.audit({
      action: 'setConsent',
      entityType: 'Customer',
      entityId: customer.id,
      before: { [`consent.${decision.channel}`]: decisionOf(before) },
      after: { [`consent.${decision.channel}`]: decisionOf(after) },
    });
    return customer;
  });
}

/**
 * message.unsubscribed: the customer followed a marketing message's unsubscribe link, so consent for
 * that channel is withdrawn as of then. A decision taken after the click (a new grant) stands; an
 * erased customer has nothing left to withdraw.
 */
export function withdrawConsentOnUnsubscribe(
  scope: ChangeScope,
  unsubscribe: { customerId: string; channel: 'EMAIL' | 'SMS'; at: Date },
): Promise<void> {
  return runChange(scope, async (change) => {
    // The system acts for the recipient: no caller's record scope applies.
    let customer = await change.lock(Customer, unsubscribe.customerId, { mode: 'for_no_key_update' });
    if (customer.mergedIntoId)
      customer = await change.lock(Customer, customer.mergedIntoId, { mode: 'for_no_key_update' });
    if (customer.erasedAt) return;
    const current = await findConsent(change.manager, customer.id, unsubscribe.channel);
    if (current && (current.changedAt > unsubscribe.at || !current.granted)) return;
    const decision = {
      customerId: customer.id,
      channel: unsubscribe.channel,
      granted: false,
      source: UNSUBSCRIBE_SOURCE,
    };
    // The customer decided, through the link: they are who changed it.
    const { before, after } = await recordConsent(change.manager, decision, customer.id, unsubscribe.at);
    change.publish(consentChanged(after, UNSUBSCRIBE_SOURCE, change.origin));
    change.audit({
      action: 'withdrawConsentOnUnsubscribe',
      entityType: 'Customer',
      entityId: customer.id,
      before: { [`consent.${decision.channel}`]: decisionOf(before) },
      after: { [`consent.${decision.channel}`]: decisionOf(after) },
    });
  });
}

/** The proof of a withdrawal that came from a marketing message's link. */
const UNSUBSCRIBE_SOURCE = 'UNSUBSCRIBE_LINK';
