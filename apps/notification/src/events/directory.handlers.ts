import type { EntityManager } from 'typeorm';
import type { AnyCloudEvent } from '@crm/events';
import type { EventHandler, EventHandlers } from '@crm/messaging';
import { scopeOfEvent } from '@crm/subgraph-kit';
import { updateDirectory } from '../changes/notification-triggers.changes';
import type { NotificationRuntime } from '../changes/notification-runtime';
import {
  recordDeactivation,
  recordMerge,
  recordOwnerOfCustomer,
  recordTeamOfUser,
  rememberTeam,
  rememberUser,
} from '../data/directory.repository';

/**
 * Identity's, customer's and service's events feed who-is-who: a user's address and team, a team's
 * (a queue's) manager, a customer's owner. Each change may resolve notifications waiting for it.
 */
export function directoryHandlers(runtime: NotificationRuntime): EventHandlers {
  /** A handler that writes a projection, then retries the triggers waiting for the rows it names. */
  const applying =
    <T extends AnyCloudEvent>(
      touched: (event: T) => string[],
      write: (event: T, manager: EntityManager) => Promise<void>,
    ) =>
    (event: T, manager: EntityManager) =>
      updateDirectory(scopeOfEvent('notification', manager, event), runtime, touched(event), (inner) =>
        write(event, inner),
      );

  const onUserCreated: EventHandler<'crm.identity.user.created'> = applying(
    ({ data }) => [data.userId],
    ({ data }, manager) => rememberUser(manager, { ...data, createdAt: new Date(data.createdAt) }),
  );
  const onUserTeamAssigned: EventHandler<'crm.identity.user.team_assigned'> = applying(
    ({ data }) => [data.userId],
    ({ data }, manager) => recordTeamOfUser(manager, data.userId, data.teamId, new Date(data.assignedAt)),
  );
  const onUserDeactivated: EventHandler<'crm.identity.user.deactivated'> = applying(
    ({ data }) => [data.userId],
    ({ data }, manager) => recordDeactivation(manager, data.userId, new Date(data.deactivatedAt)),
  );
  const onTeamCreated: EventHandler<'crm.identity.team.created'> = applying(
    ({ data }) => [data.teamId],
    ({ data }, manager) => rememberTeam(manager, data.teamId, data.managerId),
  );
  const onCustomerCreated: EventHandler<'crm.customer.customer.created'> = applying(
    ({ data }) => [data.customerId],
    ({ data }, manager) =>
      recordOwnerOfCustomer(manager, data.customerId, data.ownerId, new Date(data.createdAt), {
        created: true,
      }),
  );
  const ownerChange: EventHandler<'crm.customer.customer.updated'> = applying(
    ({ data }) => [data.customerId],
    ({ data }, manager) =>
      recordOwnerOfCustomer(manager, data.customerId, data.values.ownerId ?? null, new Date(data.updatedAt), {
        created: false,
      }),
  );
  const onCustomerUpdated: EventHandler<'crm.customer.customer.updated'> = async (event, manager) => {
    if (event.data.changedFields.includes('ownerId') && event.data.values.ownerId !== undefined)
      await ownerChange(event, manager);
  };
  const onCustomerMerged: EventHandler<'crm.customer.customer.merged'> = applying(
    ({ data }) => [data.customerId, ...data.mergedCustomerIds],
    ({ data }, manager) => recordMerge(manager, data.customerId, data.mergedCustomerIds),
  );

  return {
    'crm.identity.user.created': onUserCreated,
    'crm.identity.user.team_assigned': onUserTeamAssigned,
    'crm.identity.user.deactivated': onUserDeactivated,
    'crm.identity.team.created': onTeamCreated,
    'crm.customer.customer.created': onCustomerCreated,
    'crm.customer.customer.updated': onCustomerUpdated,
    'crm.customer.customer.merged': onCustomerMerged,
  };
}
