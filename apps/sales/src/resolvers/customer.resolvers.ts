import { guard, readableOwnerIds } from '@crm/permissions';
import type { Resolvers } from '../generated/resolvers-types';

/** Sales' contribution to the customer entity owned by the customer service. */
export const customerResolvers: Resolvers = {
  Customer: {
    // Only the deals the caller may see: a rep's own, a manager's team's, everyone's for scope 'all'.
    opportunities: guard('opportunity:read', (customer, { stage, ...page }, context) =>
      context.loaders.opportunitiesOfCustomer.load({
        parentId: customer.id,
        ...page,
        ownerIds: readableOwnerIds(context.caller, 'opportunity:read'),
        filter: stage ? { stage: [stage] } : null,
      }),
    ),
  },
};
