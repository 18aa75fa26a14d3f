import type { EventHandlers } from '@crm/messaging';
import { runChange, scopeOfEvent } from '@crm/subgraph-kit';
import {
  learnFirstPayment,
  learnReferralContacts,
  mergeReferralCustomers,
} from '../changes/referral-customer.changes';
import {
  linkConvertedLead,
  mergeReferrals,
  recordReferral,
  rewardReferralOnPayment,
} from '../changes/referral.changes';

/**
 * Referrals from the lead and customer lifecycles (issue 13 §6). Runs after loyalty's handlers
 * (marketing-modules.ts order), so a payment has earned its points before it rewards a referral.
 */
export const referralHandlers: EventHandlers = {
  'crm.customer.customer.created': async (event, manager) => {
    const { customerId, email, phone, referralCode, createdAt } = event.data;
    await learnReferralContacts(manager, customerId, { email, phone });
    if (referralCode) {
      const scope = scopeOfEvent('marketing', manager, event);
      await recordReferral(scope, { code: referralCode, customerId, at: new Date(createdAt) });
    }
  },
  'crm.customer.customer.updated': (event, manager) =>
    learnReferralContacts(manager, event.data.customerId, event.data.values),
  'crm.sales.lead.created': async (event, manager) => {
    const { leadId, referralCode, createdAt } = event.data;
    if (!referralCode) return;
    await recordReferral(scopeOfEvent('marketing', manager, event), {
      code: referralCode,
      leadId,
      at: new Date(createdAt),
    });
  },
  'crm.sales.lead.converted': async (event, manager) => {
    const { leadId, customerId, email, phone } = event.data;
    await learnReferralContacts(manager, customerId, { email, phone });
    await linkConvertedLead(scopeOfEvent('marketing', manager, event), leadId, customerId);
  },
  'crm.sales.payment.received': async (event, manager) => {
    await learnFirstPayment(manager, event.data);
    await rewardReferralOnPayment(scopeOfEvent('marketing', manager, event), event.data.customerId);
  },
  'crm.customer.customer.merged': (event, manager) => {
    const { customerId, mergedCustomerIds } = event.data;
    const mergedIds = mergedCustomerIds.filter((id) => id !== customerId);
    return runChange(scopeOfEvent('marketing', manager, event), async (change) => {
      await mergeReferralCustomers(change.manager, customerId, mergedIds);
      await mergeReferrals(change, customerId, mergedIds);
    });
  },
  'crm.customer.customer.erased': async (event, manager) => {
    await manager.query(
      'UPDATE referral_customers SET email_hash = NULL, phone_hash = NULL WHERE customer_id = $1',
      [event.data.customerId],
    );
  },
};
