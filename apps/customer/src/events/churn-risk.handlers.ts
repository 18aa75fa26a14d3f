import type { EventHandlers } from '@crm/messaging';
import { runChange, scopeOfEvent, type Change } from '@crm/subgraph-kit';
import { moveLifecycle, type ValueCause } from '../changes/customer-value.changes';
import { recordLatestChurnRiskSignal } from '../data/churn-risk-signal.repository';
import { Customer } from '../data/customer.entity';
import { loadTierRules, revenueEntriesOf } from '../data/customer-value.repository';
import { stepForChurnRisk, stepForChurnRiskCleared } from '../domain/lifecycle-transition';
import { purchaseHistoryOf } from '../domain/tier-evaluation';

/** The customer as it is now (a merged one lives on in its survivor), locked; null when unknown or erased. */
async function customerToMove(change: Change, id: string): Promise<Customer | null> {
  if (!(await change.manager.existsBy(Customer, { id }))) return null;
  const mode = 'for_no_key_update' as const;
  let customer = await change.lock<Customer>(Customer, id, { mode });
  if (customer.mergedIntoId)
    customer = await change.lock<Customer>(Customer, customer.mergedIntoId, { mode });
  return customer.erasedAt ? null : customer;
}

const causeOf = (action: string, eventId: string): ValueCause => ({
  action,
  source: 'EVENT',
  causingEventId: eventId,
  at: new Date(),
});

/**
 * The churn loop's customer side (issue 14 §4): analytics' detection moves a customer on the
 * purchase ladder to AT_RISK with its reasons, its clearing moves them back to the stage their
 * purchases earn, both through the lifecycle's one path (customer.lifecycle_changed, source EVENT).
 * Only the latest signal about a customer counts, by the time analytics gave it: a detection older
 * than a clearing already applied (or the reverse) changes nothing, and neither does a redelivery.
 */
export const churnRiskHandlers: EventHandlers = {
  'crm.analytics.customer.churn_risk_detected': (event, manager) =>
    runChange(scopeOfEvent('customer', manager, event), async (change) => {
      const { customerId, score, threshold, reasons, detectedAt } = event.data;
      const at = new Date(detectedAt);
      if (
        !(await recordLatestChurnRiskSignal(manager, {
          customerId,
          signal: 'DETECTED',
          at,
          eventId: event.id,
        }))
      )
        return;
      const customer = await customerToMove(change, customerId);
      const step = customer && stepForChurnRisk(customer.lifecycleStage, score, threshold);
      if (!customer || !step) return;
      const why = reasons.map((reason) => reason.detail).join('; ');
      const reason = `${step.reason}: ${why}`.slice(0, 500);
      await moveLifecycle(change, customer, [{ ...step, reason }], causeOf('detectChurnRisk', event.id));
    }),
  'crm.analytics.customer.churn_risk_cleared': (event, manager) =>
    runChange(scopeOfEvent('customer', manager, event), async (change) => {
      const { customerId, clearedAt } = event.data;
      const at = new Date(clearedAt);
      if (
        !(await recordLatestChurnRiskSignal(manager, {
          customerId,
          signal: 'CLEARED',
          at,
          eventId: event.id,
        }))
      )
        return;
      const customer = await customerToMove(change, customerId);
      if (customer?.lifecycleStage !== 'AT_RISK') return;
      const rules = await loadTierRules(manager);
      const history = purchaseHistoryOf(await revenueEntriesOf(manager, customer.id), rules.loyalty, at);
      const step = stepForChurnRiskCleared(customer.lifecycleStage, history, rules.loyalty);
      if (step) await moveLifecycle(change, customer, [step], causeOf('clearChurnRisk', event.id));
    }),
};
