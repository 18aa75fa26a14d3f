import { canReachRecord, guard, requireScope } from '@crm/permissions';
import { toConnection } from '@crm/subgraph-kit';
import type { AnalyticsContext } from '../analytics-context';
import { timelineFilterOf } from '../data/timeline-entry.repository';
import { timelineReachOf } from '../domain/timeline-reach';
import type { CustomerTimelineArgs, Resolvers } from '../generated/resolvers-types';

const reference = (id: string | null) => (id ? { id } : null);

/**
 * Whether the caller may read this customer's timeline. Analytics knows owners from customer
 * events: a caller with scope 'all' reads any customer; others only those whose owner is in their
 * scope. A customer analytics has not heard of yet has nothing to show them.
 */
async function mayReadTimeline(customerId: string, context: AnalyticsContext): Promise<boolean> {
  if (requireScope(context.caller, 'customer:read') === 'all') return true;
  const fact = await context.loaders.customerFact.load(customerId);
  return fact !== null && canReachRecord(context.caller, 'customer:read', fact.ownerId);
}

/** Each entry within the caller's grants for its record, filtered in SQL so pages stay full. */
async function timelineOf(
  customer: { id: string },
  { first, after, kinds }: CustomerTimelineArgs,
  context: AnalyticsContext,
) {
  const visible = timelineFilterOf(timelineReachOf(context.caller, kinds));
  if (!visible || !(await mayReadTimeline(customer.id, context))) return toConnection([], false, () => []);
  return context.loaders.timelineOfCustomer.load({ parentId: customer.id, first, after, ...visible });
}

/** Analytics' contribution to the customer: everything that happened to it, across domains. */
export const timelineResolvers: Resolvers = {
  Customer: {
    timeline: guard('customer:read', (customer, args, context) => timelineOf(customer, args, context)),
  },
  TimelineEntry: {
    interaction: (entry) => reference(entry.interactionId),
    opportunity: (entry) => reference(entry.opportunityId),
    order: (entry) => reference(entry.orderId),
    payment: (entry) => reference(entry.paymentId),
  },
};
