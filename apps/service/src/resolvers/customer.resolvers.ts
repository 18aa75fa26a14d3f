import { guard, readableQueueIds } from '@crm/permissions';
import type { Resolvers } from '../generated/resolvers-types';

/** The service subgraph's contribution to the customer entity owned by the customer service. */
export const customerResolvers: Resolvers = {
  Customer: {
    // Only the tickets of queues the caller may see: an agent's team's, every queue for scope 'all'.
    tickets: guard('ticket:read', (customer, page, context) =>
      context.loaders.ticketsOfCustomer.load({
        parentId: customer.id,
        ...page,
        ownerIds: readableQueueIds(context.caller, 'ticket:read'),
      }),
    ),
  },
};
