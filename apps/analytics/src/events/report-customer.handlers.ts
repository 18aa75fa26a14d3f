import type { EventHandler, EventHandlers } from '@crm/messaging';
import { withCustomerRollups } from '../data/customer-rollup.repository';
import { endChurnSpell, startChurnSpell } from '../data/report-churn.repository';
import {
  markReportCustomerErased,
  redirectMergedCustomers,
  setReportCustomer,
  survivorOf,
} from '../data/report-customer.repository';
import { moveReportFactsToSurvivor } from '../data/report-merge.repository';

/**
 * The customer reports' view of customers. A customer's own events share its partition and arrive
 * in order; a merge (keyed by the survivor) may come before the merged customer's creation, so
 * every write is an upsert that keeps the redirect. Every change goes through withCustomerRollups,
 * which keeps the churn and composition roll-ups (attributes, owner, region, spells, merges).
 */
const onCreated: EventHandler<'crm.customer.customer.created'> = async (event, manager) => {
  // Industry, region and source given at creation come only here (absent on older events: kept as they are).
  const { customerId, kind, ownerId, lifecycleStage, createdAt, industry, region, source } = event.data;
  await withCustomerRollups(manager, [customerId], () =>
    setReportCustomer(
      manager,
      customerId,
      { kind, ownerId, lifecycleStage, industry, region, source },
      new Date(createdAt),
    ),
  );
};

const onUpdated: EventHandler<'crm.customer.customer.updated'> = async (event, manager) => {
  const { ownerId, industry, region, source } = event.data.values;
  await withCustomerRollups(manager, [event.data.customerId], () =>
    setReportCustomer(manager, event.data.customerId, { ownerId, industry, region, source }),
  );
};

const onTierChanged: EventHandler<'crm.customer.customer.tier_changed'> = async (event, manager) => {
  await withCustomerRollups(manager, [event.data.customerId], () =>
    setReportCustomer(manager, event.data.customerId, { tier: event.data.to }),
  );
};

const onLifecycleChanged: EventHandler<'crm.customer.customer.lifecycle_changed'> = async (
  event,
  manager,
) => {
  await withCustomerRollups(manager, [event.data.customerId], () =>
    setReportCustomer(manager, event.data.customerId, { lifecycleStage: event.data.to }),
  );
};

const onChurned: EventHandler<'crm.customer.customer.churned'> = async (event, manager) => {
  const { customerId, reasonCategory, churnedAt } = event.data;
  await withCustomerRollups(manager, [customerId], async () => {
    await setReportCustomer(manager, customerId, { lifecycleStage: 'CHURNED' });
    await startChurnSpell(manager, customerId, new Date(churnedAt), reasonCategory);
  });
};

const onReactivated: EventHandler<'crm.customer.customer.reactivated'> = async (event, manager) => {
  const { customerId, reactivatedAt } = event.data;
  await withCustomerRollups(manager, [customerId], async () => {
    await setReportCustomer(manager, customerId, { lifecycleStage: 'CUSTOMER' });
    await endChurnSpell(manager, customerId, new Date(reactivatedAt));
  });
};

const onMerged: EventHandler<'crm.customer.customer.merged'> = async (event, manager) => {
  const { customerId, mergedCustomerIds } = event.data;
  // The survivor may itself have been merged on already (a later merge of a chain, arrived first).
  const survivorId = await survivorOf(manager, customerId);
  await withCustomerRollups(manager, [survivorId, ...mergedCustomerIds], async () => {
    await redirectMergedCustomers(manager, survivorId, mergedCustomerIds);
    await moveReportFactsToSurvivor(manager, survivorId, mergedCustomerIds);
  });
};

/** Figures stay after erasure (they are not personal); the row only records that it happened. */
const onErased: EventHandler<'crm.customer.customer.erased'> = async (event, manager) => {
  await markReportCustomerErased(manager, event.data.customerId, new Date(event.data.erasedAt));
};

export const reportCustomerHandlers: EventHandlers = {
  'crm.customer.customer.created': onCreated,
  'crm.customer.customer.updated': onUpdated,
  'crm.customer.customer.tier_changed': onTierChanged,
  'crm.customer.customer.lifecycle_changed': onLifecycleChanged,
  'crm.customer.customer.churned': onChurned,
  'crm.customer.customer.reactivated': onReactivated,
  'crm.customer.customer.merged': onMerged,
  'crm.customer.customer.erased': onErased,
};
