import { In, type DataSource } from 'typeorm';
import { isUuid } from '@crm/db';
import { Customer } from './customer.entity';

/** A reference with a malformed id finds nothing instead of failing the whole batch. */
export function findCustomersByIds(dataSource: DataSource, ids: string[]): Promise<Customer[]> {
  return dataSource.getRepository(Customer).findBy({ id: In(ids.filter(isUuid)) });
}
