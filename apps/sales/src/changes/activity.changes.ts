import { newId } from '@crm/db';
import { notFound } from '@crm/errors';
import { assertRecordAccess, ownerOfNewRecord, type Permission } from '@crm/permissions';
import { runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { Activity } from '../data/activity.entity';
import { KnownCustomer } from '../data/known-customer.entity';
import { Lead } from '../data/lead.entity';
import { Opportunity } from '../data/opportunity.entity';
import { assertCompletable } from '../domain/activity-status';
import { parseActivityChanges, type ActivityLink, type NewActivity } from '../domain/new-activity';
import { activityCompleted } from '../events/activity-completed.event';
import { activityScheduled } from '../events/activity-scheduled.event';

const LINKED: Record<
  ActivityLink['kind'],
  {
    entity: typeof KnownCustomer | typeof Lead | typeof Opportunity;
    name: string;
    permission: Permission;
    field: string;
  }
> = {
  customer: {
    entity: KnownCustomer,
    name: 'Customer',
    permission: 'customer:read',
    field: 'input.customerId',
  },
  lead: { entity: Lead, name: 'Lead', permission: 'lead:read', field: 'input.leadId' },
  opportunity: {
    entity: Opportunity,
    name: 'Opportunity',
    permission: 'opportunity:read',
    field: 'input.opportunityId',
  },
};

const linkedId = (link: ActivityLink) =>
  link.kind === 'customer' ? link.customerId : link.kind === 'lead' ? link.leadId : link.opportunityId;

/** The linked record must exist and be one the caller may see: no notes on another rep's deal. */
async function assertLinkable(change: Change, link: ActivityLink): Promise<void> {
  const { entity, name, permission, field } = LINKED[link.kind];
  const id = linkedId(link);
  const record = await change.manager.findOne(entity as typeof KnownCustomer, {
    where: { id },
    lock: { mode: 'pessimistic_read' },
  });
  if (!record) throw notFound(name, id, field);
  assertRecordAccess(change.caller, permission, record.ownerId, `${link.kind} ${id}`);
}

export function scheduleActivity(scope: ChangeScope, fields: NewActivity): Promise<Activity> {
  const ownerId = ownerOfNewRecord(scope.caller, 'activity:write', fields.ownerId, 'activities');
  return runChange(scope, async (change) => {
    const { link, ...rest } = fields;
    await assertLinkable(change, link);
    const now = new Date();
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
    await change.insert(Activity, activity, { action: 'scheduleActivity' });
    change.publish(activityScheduled(activity, change.origin));
    return activity;
  });
}

interface ActivityVersion {
  id: string;
  version: number;
}

/** Locks the activity at the caller's version, checks they may change it, and applies `plan`. */
function changeActivity(
  scope: ChangeScope,
  { id, version }: ActivityVersion,
  action: string,
  plan: (before: Activity) => Partial<Activity>,
): Promise<Activity> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Activity, id, { version, field: 'id' });
    assertRecordAccess(change.caller, 'activity:write', before.ownerId, `activity ${id}`);
    const after = await change.update<Activity>(Activity, before, plan(before), { action });
    if (after.completedAt && !before.completedAt) change.publish(activityCompleted(after, change.origin));
    return after;
  });
}

export const updateActivity = (scope: ChangeScope, activity: ActivityVersion & { input: unknown }) =>
  changeActivity(scope, activity, 'updateActivity', (before) => ({
    ...parseActivityChanges(activity.input, before),
  }));

export const completeActivity = (scope: ChangeScope, activity: ActivityVersion) =>
  changeActivity(scope, activity, 'completeActivity', (before) => {
    assertCompletable(before, 'id');
    return { completedAt: new Date() };
  });

/**
 * journey.follow_up_requested: a marketing journey asks the customer's owner to follow up, so the
 * owner gets a to-do on the customer. A customer sales does not know (or without an owner) still
 * gets the to-do, unassigned, for a manager to hand out.
 */
export function scheduleJourneyFollowUp(
  scope: ChangeScope,
  request: { customerId: string; note: string; dueAt: Date },
): Promise<Activity> {
  return runChange(scope, async (change) => {
    const customer = await change.manager.findOneBy(KnownCustomer, { id: request.customerId });
    const now = new Date();
    const activity = Object.assign(new Activity(), {
      id: newId(),
      type: 'TODO' as const,
      subject: `Follow up: ${request.note}`.slice(0, 200),
      notes: 'Asked for by a marketing journey.',
      dueAt: request.dueAt,
      remindAt: null,
      completedAt: null,
      reminderSentAt: null,
      reminderSentFor: null,
      ownerId: customer?.ownerId ?? null,
      customerId: request.customerId,
      leadId: null,
      opportunityId: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    } satisfies Activity);
    await change.insert(Activity, activity, { action: 'scheduleJourneyFollowUp' });
    change.publish(activityScheduled(activity, change.origin));
    return activity;
  });
}
