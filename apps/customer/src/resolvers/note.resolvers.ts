import type { Resolvers } from '../generated/resolvers-types';
import { guard } from '@crm/permissions';
import { scopeOfRequest } from '@crm/subgraph-kit';
import { addCustomerNote } from '../changes/note.changes';
import { userRef } from './history-actor';
import type { CustomerNote } from '../data/customer-note.entity';

export const noteResolvers: Resolvers = {
  Mutation: {
    addCustomerNote: guard('customer:write', (_, args, context) =>
      addCustomerNote(scopeOfRequest(context), args),
    ),
  },
  Customer: {
    notes: guard('customer:read', (customer, page, context) =>
      context.loaders.notesOfCustomer.load({ parentId: customer.id, ...page }),
    ),
  },
  CustomerNote: {
    author: (note: CustomerNote) => userRef(note.authorId),
  },
};
