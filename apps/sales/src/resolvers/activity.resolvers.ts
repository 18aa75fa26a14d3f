import { notFound } from '@crm/errors';
import { assertRecordAccess, guard, guardReference, readableOwnerIds, withinScope } from '@crm/permissions';
import { parseId, scopeOfRequest, type PageRequest } from '@crm/subgraph-kit';
import { completeActivity, scheduleActivity, updateActivity } from '../changes/activity.changes';
import type { Activity } from '../data/activity.entity';
import { agendaOf } from '../data/activity.repository';
import { assertAgendaWindow, isOverdue, isReminderDue } from '../domain/activity-status';
import { parseNewActivity } from '../domain/new-activity';
import type { Resolvers } from '../generated/resolvers-types';
import type { SalesContext } from '../sales-context';

async function activityById(id: string, context: SalesContext): Promise<Activity> {
  const activity = await context.loaders.activityById.load(parseId('id', id));
  if (!activity) throw notFound('Activity', id, 'id');
  assertRecordAccess(context.caller, 'activity:read', activity.ownerId, `activity ${id}`);
  return activity;
}

interface AgendaArgs extends PageRequest {
  from: Date | string;
  to: Date | string;
  includeCompleted?: boolean | null;
}

function myAgenda({ includeCompleted, first, after, ...window }: AgendaArgs, context: SalesContext) {
  const [from, to] = [new Date(window.from), new Date(window.to)];
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
  (parent: { id: string }, page: PageRequest, context: SalesContext) =>
    context.loaders[loader].load({
      parentId: parent.id,
      first: page.first,
      after: page.after,
      ownerIds: readableOwnerIds(context.caller, 'activity:read'),
    });

export const activityResolvers: Resolvers = {
  Query: {
    activity: guard('activity:read', (_, { id }, context) => activityById(id, context)),
    myAgenda: guard('activity:read', (_, args, context) => myAgenda(args, context)),
  },
  Mutation: {
    scheduleActivity: guard('activity:write', (_, { input }, context) =>
      scheduleActivity(scopeOfRequest(context), parseNewActivity(input)),
    ),
    updateActivity: guard('activity:write', (_, args, context) =>
      updateActivity(scopeOfRequest(context), { ...args, id: parseId('id', args.id) }),
    ),
    completeActivity: guard('activity:write', (_, args, context) =>
      completeActivity(scopeOfRequest(context), { ...args, id: parseId('id', args.id) }),
    ),
  },
  Activity: {
    __resolveReference: guardReference('activity:read', async (reference, context) =>
      withinScope(context.caller, 'activity:read', await context.loaders.activityById.load(reference.id)),
    ),
    owner: (activity) => (activity.ownerId ? { __typename: 'User', id: activity.ownerId } : null),
    customer: (activity) =>
      activity.customerId ? { __typename: 'Customer', id: activity.customerId } : null,
    // Same subgraph: the deal and lead are loaded here, and shown only within the caller's scope.
    opportunity: async (activity, _, context) =>
      activity.opportunityId
        ? withinScope(
            context.caller,
            'opportunity:read',
            await context.loaders.opportunityById.load(activity.opportunityId),
          )
        : null,
    lead: async (activity, _, context) =>
      activity.leadId
        ? withinScope(context.caller, 'lead:read', await context.loaders.leadById.load(activity.leadId))
        : null,
    overdue: (activity) => isOverdue(activity, new Date()),
    reminderDue: (activity) => isReminderDue(activity, new Date()),
  },
  Customer: {
    activities: guard('activity:read', activitiesOf('activitiesOfCustomer')),
  },
  Opportunity: {
    activities: guard('activity:read', activitiesOf('activitiesOfOpportunity')),
  },
};
