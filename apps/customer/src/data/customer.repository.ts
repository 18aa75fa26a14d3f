import { In, type DataSource, type EntityManager } from 'typeorm';
import { paginate, type Connection, type PageRequest } from '@crm/subgraph-kit';
import { Customer } from './customer.entity';
import type { CustomerKind, LifecycleStage } from '../domain/customer-vocabulary';

export interface CustomerFilter {
  kind?: CustomerKind | null;
  lifecycleStage?: LifecycleStage | null;
  ownerId?: string | null;
}

export async function insertCustomer(manager: EntityManager, customer: Customer): Promise<void> {
  await manager.insert(Customer, customer);
}

export function findCustomersByIds(dataSource: DataSource, ids: string[]): Promise<Customer[]> {
  return dataSource.getRepository(Customer).findBy({ id: In(ids) });
}

/** Newest first; each filter has an index that starts with it and ends with (created_at, id). */
export function listCustomers(
  dataSource: DataSource,
  filter: CustomerFilter,
  page: PageRequest,
): Promise<Connection<Customer>> {
  const query = dataSource.getRepository(Customer).createQueryBuilder('customer');
  if (filter.kind) query.andWhere('customer.kind = :kind', { kind: filter.kind });
  if (filter.lifecycleStage)
    query.andWhere('customer.lifecycle_stage = :stage', { stage: filter.lifecycleStage });
  if (filter.ownerId) query.andWhere('customer.owner_id = :ownerId', { ownerId: filter.ownerId });
  return paginate(
    query,
    {
      columns: ['customer.created_at', 'customer.id'],
      direction: 'DESC',
      valuesOf: (customer) => [customer.createdAt.toISOString(), customer.id],
    },
    page,
  );
}
