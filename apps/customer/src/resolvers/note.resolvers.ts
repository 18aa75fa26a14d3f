import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { newId } from '@crm/db';
import { guard } from '@crm/permissions';
import { recordCreation, type PageRequest, type RequestContext } from '@crm/subgraph-kit';
import type { CustomerLoaders } from '../customer-loaders';
import { CustomerNote } from '../data/customer-note.entity';
import type { Customer } from '../data/customer.entity';
import { parseNoteBody } from '../domain/note-body';
import { writableCustomer } from './customer-access';

type Context = RequestContext<CustomerLoaders>;

async function addCustomerNote(
  { customerId, body }: { customerId: string; body: string },
  context: Context,
): Promise<CustomerNote> {
  const text = parseNoteBody(body);
  const customer = await writableCustomer(customerId, context, 'customerId');
  const note = Object.assign(new CustomerNote(), {
    id: newId(),
    customerId: customer.id,
    authorId: context.caller.userId,
    body: text,
    createdAt: new Date(),
  });
  await context.dataSource.transaction(async (manager) => {
    await manager.insert(CustomerNote, note);
    await recordCreation(manager, context, 'addCustomerNote', 'CustomerNote', note);
  });
  return note;
}

export const noteResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    addCustomerNote: guard(
      'customer:write',
      (_: unknown, args: { customerId: string; body: string }, context: Context) =>
        addCustomerNote(args, context),
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
