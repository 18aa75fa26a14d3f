import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '@crm/db';
import { paginate, type Connection, type PageRequest } from '@crm/subgraph-kit';
import { Customer } from './customer.entity';
import type { CustomerKind, LifecycleStage } from '../domain/customer-vocabulary';

export interface CustomerFilter {
  kind?: CustomerKind | null;
  lifecycleStage?: LifecycleStage | null;
  /** Only customers owned by one of these users (the caller's record scope); null: every customer. */
  ownerIds?: string[] | null;
}

export async function insertCustomer(manager: EntityManager, customer: Customer): Promise<void> {
  await manager.insert(Customer, customer);
}

/** A reference with a malformed id finds nothing instead of failing the whole batch. */
export function findCustomersByIds(dataSource: DataSource, ids: string[]): Promise<Customer[]> {
  return dataSource.getRepository(Customer).findBy({ id: In(ids.filter(isUuid)) });
}

/**
 * Newest first; each filter has an index that starts with it and ends with (created_at, id). One
 * owner (a rep) is an equality on customers_owner_created_at, read in order; a team's owners are
 * `= ANY(...)`, which Postgres serves from the same index and sorts: a handful of owners' rows.
 */
export function listCustomers(
  dataSource: DataSource,
  filter: CustomerFilter,
  page: PageRequest,
): Promise<Connection<Customer>> {
  const query = dataSource.getRepository(Customer).createQueryBuilder('customer');
  if (filter.kind) query.andWhere('customer.kind = :kind', { kind: filter.kind });
  if (filter.lifecycleStage)
    query.andWhere('customer.lifecycle_stage = :stage', { stage: filter.lifecycleStage });
  const ownerIds = filter.ownerIds?.filter(isUuid);
  if (ownerIds?.length === 1) query.andWhere('customer.owner_id = :ownerId', { ownerId: ownerIds[0] });
  else if (ownerIds) query.andWhere('customer.owner_id = ANY(:ownerIds)', { ownerIds });
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
