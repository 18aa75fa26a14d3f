import type { DataSource } from 'typeorm';
import { isUuid } from '@crm/db';
import { paginate, type Connection, type PageRequest } from '@crm/subgraph-kit';
import type { ChurnReasonCategory } from '../domain/churn-reason';
import { Customer } from './customer.entity';

export interface ChurnedCustomersFilter {
  reasonCategory?: ChurnReasonCategory | null;
  churnedAfter?: Date | null;
  /** The caller's record scope; null: every customer. */
  ownerIds: string[] | null;
}

/**
 * Churned customers, most recently churned first. Served by the partial indexes on
 * (churned_at, id), (churn_reason_category, churned_at, id) and (owner_id, churned_at, id), all
 * WHERE churned_at IS NOT NULL: a win-back clears churned_at, so the list only holds the churned.
 */
export function listChurnedCustomers(
  dataSource: DataSource,
  filter: ChurnedCustomersFilter,
  page: PageRequest,
): Promise<Connection<Customer>> {
  const query = dataSource
    .getRepository(Customer)
    .createQueryBuilder('customer')
    .where('customer.churned_at IS NOT NULL')
    .andWhere('customer.merged_into_id IS NULL');
  if (filter.reasonCategory)
    query.andWhere('customer.churn_reason_category = :category', { category: filter.reasonCategory });
  if (filter.churnedAfter) query.andWhere('customer.churned_at > :after', { after: filter.churnedAfter });
  const ownerIds = filter.ownerIds?.filter(isUuid);
  if (ownerIds) query.andWhere('customer.owner_id = ANY(:ownerIds)', { ownerIds });
  return paginate(
    query,
    {
      columns: ['customer.churned_at', 'customer.id'],
      keys: ['timestamp', 'uuid'],
      direction: 'DESC',
      valuesOf: (customer) => [customer.churnedAt!.toISOString(), customer.id],
    },
    page,
  );
}
