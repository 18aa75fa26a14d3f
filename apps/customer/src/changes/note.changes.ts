import { newId } from '@crm/db';
import { parseId, runChange, type ChangeScope } from '@crm/subgraph-kit';
import { CustomerNote } from '../data/customer-note.entity';
import { parseNoteBody } from '../domain/note-body';
import { lockCustomerToChange } from './customer-lock';

/** addCustomerNote: a note on a customer the caller may change, signed by the caller. */
export function addCustomerNote(
  scope: ChangeScope,
  { customerId, body }: { customerId: string; body: string },
): Promise<CustomerNote> {
  const text = parseNoteBody(body);
  const id = parseId('customerId', customerId);
  return runChange(scope, async (change) => {
    const customer = await lockCustomerToChange(change, { id, field: 'customerId', merged: 'survivor' });
    const note = Object.assign(new CustomerNote(), {
      id: newId(),
      customerId: customer.id,
      authorId: change.caller.userId,
      body: text,
      createdAt: new Date(),
    });
    return change.insert(CustomerNote, note, { action: 'addCustomerNote', entityType: 'CustomerNote' });
  });
}
