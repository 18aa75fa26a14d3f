import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { recordConsent } from '../data/consent.repository';
import type { CustomerConsent } from '../data/customer-consent.entity';
import type { Customer } from '../data/customer.entity';
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
