import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { canReachRecord, guard, requireScope } from '@crm/permissions';
import { toConnection, type PageRequest, type RequestContext } from '@crm/subgraph-kit';
import type { TimelineEntry } from '../data/timeline-entry.entity';
import { timelineFilterOf } from '../data/timeline-entry.repository';
import type { TimelineKind } from '../domain/timeline-kind';
import { timelineReachOf } from '../domain/timeline-reach';
import type { AnalyticsLoaders } from '../analytics-loaders';

type Context = RequestContext<AnalyticsLoaders>;

interface TimelineArgs extends PageRequest {
  kinds?: TimelineKind[] | null;
}

const reference = (typename: string, id: string | null) => (id ? { __typename: typename, id } : null);

/**
 * Whether the caller may read this customer's timeline. Analytics knows owners from customer
 * events: a caller with scope 'all' reads any customer; others only those whose owner is in their
 * scope. A customer analytics has not heard of yet has nothing to show them.
 */
async function mayReadTimeline(customerId: string, context: Context): Promise<boolean> {
  if (requireScope(context.caller, 'customer:read') === 'all') return true;
  const fact = await context.loaders.customerFact.load(customerId);
  return fact !== null && canReachRecord(context.caller, 'customer:read', fact.ownerId);
}

/** Each entry within the caller's grants for its record, filtered in SQL so pages stay full. */
async function timelineOf(customer: { id: string }, { first, after, kinds }: TimelineArgs, context: Context) {
  const visible = timelineFilterOf(timelineReachOf(context.caller, kinds));
  if (!visible || !(await mayReadTimeline(customer.id, context))) return toConnection([], false, () => []);
  return context.loaders.timelineOfCustomer.load({ parentId: customer.id, first, after, ...visible });
}

/** Analytics' contribution to the customer: everything that happened to it, across domains. */
export const timelineResolvers: GraphQLResolverMap<Context> = {
  Customer: {
    timeline: guard('customer:read', (customer: { id: string }, args: TimelineArgs, context: Context) =>
      timelineOf(customer, args, context),
    ),
  },
  TimelineEntry: {
    interaction: (entry: TimelineEntry) => reference('Interaction', entry.interactionId),
    opportunity: (entry: TimelineEntry) => reference('Opportunity', entry.opportunityId),
    order: (entry: TimelineEntry) => reference('Order', entry.orderId),
    payment: (entry: TimelineEntry) => reference('Payment', entry.paymentId),
  },
};
