import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { notFound } from '@crm/errors';
import { assertRecordAccess, guard, guardReference, readableOwnerIds, withinScope } from '@crm/permissions';
import { parseId, scopeOfRequest, type PageRequest, type RequestContext } from '@crm/subgraph-kit';
import { completeActivity, scheduleActivity, updateActivity } from '../changes/activity.changes';
import type { Activity } from '../data/activity.entity';
import { agendaOf } from '../data/activity.repository';
import { assertAgendaWindow, isOverdue, isReminderDue } from '../domain/activity-status';
import { parseNewActivity } from '../domain/new-activity';
import type { SalesLoaders } from '../sales-loaders';

type Context = RequestContext<SalesLoaders>;

async function activityById(id: string, context: Context): Promise<Activity> {
  const activity = await context.loaders.activityById.load(parseId('id', id));
  if (!activity) throw notFound('Activity', id, 'id');
  assertRecordAccess(context.caller, 'activity:read', activity.ownerId, `activity ${id}`);
  return activity;
}

interface AgendaArgs extends PageRequest {
  from: Date;
  to: Date;
  includeCompleted?: boolean | null;
}

function myAgenda({ from, to, includeCompleted, first, after }: AgendaArgs, context: Context) {
  assertAgendaWindow(from, to);
  const ownerId = context.caller.userId.toLowerCase();
  return agendaOf(
    context.dataSource,
    { ownerId: parseId('caller', ownerId), from, to, includeCompleted: includeCompleted ?? false },
    { first, after },
  );
}

/** A page of the activities about one customer or deal, limited to those the caller may see. */
const activitiesOf =
  (loader: 'activitiesOfCustomer' | 'activitiesOfOpportunity') =>
  (parent: { id: string }, page: PageRequest, context: Context) =>
    context.loaders[loader].load({
      parentId: parent.id,
      first: page.first,
      after: page.after,
      ownerIds: readableOwnerIds(context.caller, 'activity:read'),
    });

export const activityResolvers: GraphQLResolverMap<Context> = {
  Query: {
    activity: guard('activity:read', (_: unknown, { id }: { id: string }, context: Context) =>
      activityById(id, context),
    ),
    myAgenda: guard('activity:read', (_: unknown, args: AgendaArgs, context: Context) =>
      myAgenda(args, context),
    ),
  },
  Mutation: {
    scheduleActivity: guard('activity:write', (_: unknown, { input }: { input: unknown }, context: Context) =>
      scheduleActivity(scopeOfRequest(context), parseNewActivity(input)),
    ),
    updateActivity: guard(
      'activity:write',
      (_: unknown, args: { id: string; version: number; input: unknown }, context: Context) =>
        updateActivity(scopeOfRequest(context), { ...args, id: parseId('id', args.id) }),
    ),
    completeActivity: guard(
      'activity:write',
      (_: unknown, args: { id: string; version: number }, context: Context) =>
        completeActivity(scopeOfRequest(context), { ...args, id: parseId('id', args.id) }),
    ),
  },
  Activity: {
    __resolveReference: guardReference('activity:read', async (reference: { id: string }, context: Context) =>
      withinScope(context.caller, 'activity:read', await context.loaders.activityById.load(reference.id)),
    ),
    owner: (activity: Activity) => (activity.ownerId ? { __typename: 'User', id: activity.ownerId } : null),
    customer: (activity: Activity) =>
      activity.customerId ? { __typename: 'Customer', id: activity.customerId } : null,
    // Same subgraph: the deal and lead are loaded here, and shown only within the caller's scope.
    opportunity: async (activity: Activity, _: unknown, context: Context) =>
      activity.opportunityId
        ? withinScope(
            context.caller,
            'opportunity:read',
            await context.loaders.opportunityById.load(activity.opportunityId),
          )
        : null,
    lead: async (activity: Activity, _: unknown, context: Context) =>
      activity.leadId
        ? withinScope(context.caller, 'lead:read', await context.loaders.leadById.load(activity.leadId))
        : null,
    overdue: (activity: Activity) => isOverdue(activity, new Date()),
    reminderDue: (activity: Activity) => isReminderDue(activity, new Date()),
  },
  Customer: {
    activities: guard('activity:read', activitiesOf('activitiesOfCustomer')),
  },
  Opportunity: {
    activities: guard('activity:read', activitiesOf('activitiesOfOpportunity')),
  },
};
