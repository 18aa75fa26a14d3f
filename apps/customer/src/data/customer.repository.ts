import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '@crm/db';
import { Customer } from './customer.entity';

export async function insertCustomer(manager: EntityManager, customer: Customer): Promise<void> {
  await manager.insert(Customer, customer);
}

/** A reference with a malformed id finds nothing instead of failing the whole batch. */
export function findCustomersByIds(dataSource: DataSource, ids: string[]): Promise<Customer[]> {
  return dataSource.getRepository(Customer).findBy({ id: In(ids.filter(isUuid)) });
}
