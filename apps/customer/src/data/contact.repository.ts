import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '@crm/db';
import { Contact } from './contact.entity';

export function findContactsByIds(dataSource: DataSource, ids: string[]): Promise<Contact[]> {
  return dataSource.getRepository(Contact).findBy({ id: In(ids.filter(isUuid)) });
}

/** Unsets the customer's primary contact other than `keepId`; returns the contacts demoted. */
export async function demotePrimaryContact(
  manager: EntityManager,
  customerId: string,
  keepId: string,
  now: Date,
): Promise<Contact[]> {
  const demoted = await manager.getRepository(Contact).findBy({ customerId, primary: true });
  const others = demoted.filter((contact) => contact.id !== keepId);
  if (others.length === 0) return [];
  await manager
    .createQueryBuilder()
    .update(Contact)
    .set({ primary: false, updatedAt: now, version: () => 'version + 1' })
    .where('id IN (:...ids)', { ids: others.map((contact) => contact.id) })
    .execute();
  return manager.getRepository(Contact).findBy({ id: In(others.map((contact) => contact.id)) });
}
