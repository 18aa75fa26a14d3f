import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { EntityManager } from 'typeorm';
import { newId, updateWithVersion } from '@crm/db';
import { notFound } from '@crm/errors';
import { appendToOutbox } from '@crm/messaging';
import {
  assertRecordAccess,
  guard,
  guardReference,
  ownerOfNewRecord,
  readableOwnerIds,
  withinScope,
} from '@crm/permissions';
import {
  parseId,
  recordAudit,
  recordCreation,
  type PageRequest,
  type RequestContext,
} from '@crm/subgraph-kit';
import { Activity } from '../data/activity.entity';
import { agendaOf, lockActivity } from '../data/activity.repository';
import { KnownCustomer } from '../data/known-customer.entity';
import { Lead } from '../data/lead.entity';
import { Opportunity } from '../data/opportunity.entity';
import { assertAgendaWindow, assertCompletable, isOverdue, isReminderDue } from '../domain/activity-status';
import { parseActivityChanges, parseNewActivity, type ActivityLink } from '../domain/new-activity';
import { activityCompleted } from '../events/activity-completed.event';
import { activityScheduled } from '../events/activity-scheduled.event';
import { originOf } from '../events/event-origin';
import type { SalesLoaders } from '../sales-loaders';

type Context = RequestContext<SalesLoaders>;

async function activityById(id: string, context: Context): Promise<Activity> {
  const activity = await context.loaders.activityById.load(parseId('id', id));
  if (!activity) throw notFound('Activity', id, 'id');
  assertRecordAccess(context.caller, 'activity:read', activity.ownerId, `activity ${id}`);
  return activity;
}

/** The linked record must exist and be one the caller may see: no notes on another rep's deal. */
async function assertLinkable(manager: EntityManager, link: ActivityLink, context: Context): Promise<void> {
  const [entity, id, permission, field] =
    link.kind === 'customer'
      ? ([KnownCustomer, link.customerId, 'customer:read', 'input.customerId'] as const)
      : link.kind === 'lead'
        ? ([Lead, link.leadId, 'lead:read', 'input.leadId'] as const)
        : ([Opportunity, link.opportunityId, 'opportunity:read', 'input.opportunityId'] as const);
  const record = await manager.findOne(entity as typeof KnownCustomer, {
    where: { id },
    lock: { mode: 'pessimistic_read' },
  });
  if (!record) throw notFound(entity.name === 'KnownCustomer' ? 'Customer' : entity.name, id, field);
  assertRecordAccess(context.caller, permission, record.ownerId, `${link.kind} ${id}`);
}

async function scheduleActivity(input: unknown, context: Context): Promise<Activity> {
  const fields = parseNewActivity(input);
  const ownerId = ownerOfNewRecord(context.caller, 'activity:write', fields.ownerId, 'activities');
  const now = new Date();
  const { link, ...rest } = fields;
  const activity = Object.assign(new Activity(), {
    ...rest,
    ownerId,
    customerId: link.kind === 'customer' ? link.customerId : null,
    leadId: link.kind === 'lead' ? link.leadId : null,
    opportunityId: link.kind === 'opportunity' ? link.opportunityId : null,
    completedAt: null,
    id: newId(),
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  await context.dataSource.transaction(async (manager) => {
    await assertLinkable(manager, link, context);
    await manager.insert(Activity, activity);
    await appendToOutbox(manager, [activityScheduled(activity, originOf(context))]);
    await recordCreation(manager, context, 'scheduleActivity', 'Activity', activity);
  });
  return activity;
}

/** Locks the activity, checks the caller may change it, applies the change and audits it. */
function changeActivity(
  args: { id: string; version: number },
  context: Context,
  action: string,
  change: (before: Activity) => Partial<Activity>,
): Promise<Activity> {
  const id = parseId('id', args.id);
  return context.dataSource.transaction(async (manager) => {
    const before = await lockActivity(manager, id, args.version);
    assertRecordAccess(context.caller, 'activity:write', before.ownerId, `activity ${id}`);
    const changes = { ...change(before), updatedAt: new Date() };
    await updateWithVersion(manager, Activity, id, before.version, changes);
    const after = Object.assign(new Activity(), before, changes, { version: before.version + 1 });
    if (after.completedAt && !before.completedAt)
      await appendToOutbox(manager, [activityCompleted(after, originOf(context))]);
    await recordAudit(manager, context, { action, entityType: 'Activity', entityId: id, before, after });
    return after;
  });
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
      scheduleActivity(input, context),
    ),
    updateActivity: guard(
      'activity:write',
      (_: unknown, args: { id: string; version: number; input: unknown }, context: Context) =>
        changeActivity(args, context, 'updateActivity', (before) => ({
          ...parseActivityChanges(args.input, before),
        })),
    ),
    completeActivity: guard(
      'activity:write',
      (_: unknown, args: { id: string; version: number }, context: Context) =>
        changeActivity(args, context, 'completeActivity', (before) => {
          assertCompletable(before, 'id');
          return { completedAt: new Date() };
        }),
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
