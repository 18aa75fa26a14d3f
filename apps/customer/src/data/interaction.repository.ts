import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '@crm/db';
import { Contact } from './contact.entity';
import { Customer } from './customer.entity';
import { Interaction } from './interaction.entity';

/** What an erased customer's communication records say instead of their summary. */
export const ERASED_SUMMARY = '[erased]';

/** A reference with a malformed id finds nothing instead of failing the whole batch. */
export function findInteractionsByIds(dataSource: DataSource, ids: string[]): Promise<Interaction[]> {
  return dataSource.getRepository(Interaction).findBy({ id: In(ids.filter(isUuid)) });
}

/**
 * The customer a record is logged against, share-locked until the transaction ends: a merge or
 * an erasure of that customer (which update its row) waits, so no record slips past either.
 */
export function findCustomerForInteraction(manager: EntityManager, id: string): Promise<Customer | null> {
  return manager.findOne(Customer, { where: { id }, lock: { mode: 'pessimistic_read' } });
}

/** The customer of each of these contacts that exists. */
export async function customersOfContacts(
  manager: EntityManager,
  contactIds: string[],
): Promise<Map<string, string>> {
  if (contactIds.length === 0) return new Map();
  const contacts = await manager.find(Contact, {
    select: { id: true, customerId: true },
    where: { id: In(contactIds) },
  });
  return new Map(contacts.map((contact) => [contact.id, contact.customerId]));
}

/**
 * GDPR erasure of a customer (Art. 17): what was said and who from outside took part go; that
 * an interaction happened, when and through which channel stays. Call it in the erasure's transaction.
 * @returns how many records were anonymised.
 */
export async function anonymiseInteractionsOf(
  manager: EntityManager,
  customerId: string,
  at = new Date(),
): Promise<number> {
  const result = await manager
    .createQueryBuilder()
    .update(Interaction)
    .set({
      summary: ERASED_SUMMARY,
      externalParticipants: [],
      outcomeNote: null,
      updatedAt: at,
      version: () => 'version + 1',
    })
    .where('customer_id = :customerId', { customerId })
    .execute();
  return result.affected ?? 0;
}
