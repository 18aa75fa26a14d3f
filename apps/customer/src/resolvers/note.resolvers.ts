import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard } from '@crm/permissions';
import { scopeOfRequest, type PageRequest, type RequestContext } from '@crm/subgraph-kit';
import { addCustomerNote } from '../changes/note.changes';
import type { CustomerLoaders } from '../customer-loaders';
import type { CustomerNote } from '../data/customer-note.entity';
import type { Customer } from '../data/customer.entity';

type Context = RequestContext<CustomerLoaders>;

export const noteResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    addCustomerNote: guard(
      'customer:write',
      (_: unknown, args: { customerId: string; body: string }, context: Context) =>
        addCustomerNote(scopeOfRequest(context), args),
    ),
  },
  Customer: {
    notes: guard('customer:read', (customer: Customer, page: PageRequest, context: Context) =>
      context.loaders.notesOfCustomer.load({ parentId: customer.id, ...page }),
    ),
  },
  CustomerNote: {
    author: (note: CustomerNote) => ({ __typename: 'User', id: note.authorId }),
  },
};
