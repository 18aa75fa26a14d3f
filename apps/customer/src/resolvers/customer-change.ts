import type { EntityManager } from 'typeorm';
import { notFound } from '@crm/errors';
import type { AnyCloudEvent } from '@crm/events';
import { appendToOutbox } from '@crm/messaging';
import { assertRecordAccess } from '@crm/permissions';
import { isUuid } from '@crm/db';
import { parseId, recordAudit, type RequestContext } from '@crm/subgraph-kit';
import type { Customer } from '../data/customer.entity';
import { lockCustomer } from '../data/customer-lock';
import { assertVersion, type ChangeOrigin } from '../data/customer-value.writer';

/** The audited columns of a lifecycle, tier or churn change. */
const valueFields = (customer: Customer) => ({
  lifecycleStage: customer.lifecycleStage,
  tier: customer.tier,
  churnReasonCategory: customer.churnReasonCategory,
  churnedAt: customer.churnedAt,
  churnNote: customer.churnNote,
});

/**
 * Runs one mutation on one customer in a transaction: the row locked (FORBIDDEN outside the
 * caller's write scope, NOT_FOUND when absent or merged away, CONFLICT when `version` is stale),
 * then the change, its events and its audit entry committed together.
 */
export async function changeCustomer(
  context: RequestContext,
  action: string,
  target: { id: string; field: string; version?: number | null },
  change: (manager: EntityManager, customer: Customer, origin: ChangeOrigin) => Promise<AnyCloudEvent[]>,
): Promise<Customer> {
  const id = parseId(target.field, target.id);
  return context.dataSource.transaction(async (manager) => {
    const customer = await lockCustomer(manager, id);
    if (!customer || customer.mergedIntoId) throw notFound('Customer', target.id, target.field);
    assertRecordAccess(context.caller, 'customer:write', customer.ownerId, `customer ${target.id}`);
    assertVersion(customer, target.version);
    const before = valueFields(customer);
    const origin: ChangeOrigin = {
      source: 'MANUAL',
      actorId: context.caller.userId,
      causingEventId: null,
      correlationId: context.correlationId,
      at: new Date(),
    };
    const events = await change(manager, customer, origin);
    await appendToOutbox(manager, events);
    if (events.length > 0) {
      const after = valueFields(customer);
      await recordAudit(manager, context, { action, entityType: 'Customer', entityId: id, before, after });
    }
    return customer;
  });
}

/** A history entry's `actor`: a User when a person acted, null for automation ('system'). */
export const actorOf = (change: { actorId: string }) =>
  isUuid(change.actorId) ? { __typename: 'User', id: change.actorId } : null;
