import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard, readableQueueIds } from '@crm/permissions';
import type { PageRequest, RequestContext } from '@crm/subgraph-kit';
import type { ServiceLoaders } from '../service-loaders';

type Context = RequestContext<ServiceLoaders>;

/** The service subgraph's contribution to the customer entity owned by the customer service. */
export const customerResolvers: GraphQLResolverMap<Context> = {
  Customer: {
    // Only the tickets of queues the caller may see: an agent's team's, every queue for scope 'all'.
    tickets: guard('ticket:read', (customer: { id: string }, page: PageRequest, context: Context) =>
      context.loaders.ticketsOfCustomer.load({
        parentId: customer.id,
        ...page,
        ownerIds: readableQueueIds(context.caller, 'ticket:read'),
      }),
    ),
  },
};
