import { forbidden } from '@crm/errors';
import { guard, scopeOf } from '@crm/permissions';
import { scopeOfRequest } from '@crm/subgraph-kit';
import { setQueueMailbox } from '../changes/queue-mailbox.changes';
import { listMailboxes } from '../data/queue-mailbox.repository';
import { parseQueueMailboxSettings } from '../domain/queue-mailbox';
import type { Resolvers } from '../generated/resolvers-types';
import type { ServiceContext } from '../service-context';

/** Mailboxes are queue settings: only who works every queue (support managers, admins) sets them. */
function assertManagesEveryQueue(context: ServiceContext): void {
  if (scopeOf(context.caller, 'ticket:write') !== 'all')
    throw forbidden("Only support managers and admins set queues' mail addresses");
}

export const queueMailboxResolvers: Resolvers = {
  Query: {
    queueMailboxes: guard('ticket:write', (_, __, context) => {
      assertManagesEveryQueue(context);
      return listMailboxes(context.dataSource);
    }),
  },
  Mutation: {
    setQueueMailbox: guard('ticket:write', (_, { input }, context) => {
      assertManagesEveryQueue(context);
      return setQueueMailbox(scopeOfRequest(context), parseQueueMailboxSettings(input));
    }),
  },
  QueueMailbox: {
    queue: (mailbox) => ({ id: mailbox.id }),
    unknownRequesterCustomer: (mailbox) =>
      mailbox.unknownRequesterCustomerId ? { id: mailbox.unknownRequesterCustomerId } : null,
  },
};
