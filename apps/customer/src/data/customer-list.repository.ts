import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { isUuid } from '@crm/db';
import {
  paginate,
  type Connection,
  type CursorKey,
  type KeysetOrder,
  type PageRequest,
} from '@crm/subgraph-kit';
import { Customer } from './customer.entity';
import type { CustomerListFilter, CustomerSort } from '../domain/customer-list-query';

const SORT_KEYS: Record<
  CustomerSort['field'],
  { column: string; key: CursorKey; valueOf: (c: Customer) => string }
> = {
  CREATED_AT: { column: 'customer.created_at', key: 'timestamp', valueOf: (c) => c.createdAt.toISOString() },
  UPDATED_AT: { column: 'customer.updated_at', key: 'timestamp', valueOf: (c) => c.updatedAt.toISOString() },
  NAME: { column: 'customer.name', key: 'text', valueOf: (c) => c.name },
};

/** The keyset order of a sort: its column then the id, both in the sort's direction. */
export function keysetOrderOf(sort: CustomerSort): KeysetOrder<Customer> {
  const key = SORT_KEYS[sort.field];
  return {
    columns: [key.column, 'customer.id'],
    keys: [key.key, 'uuid'],
    direction: sort.direction,
    valuesOf: (customer) => [key.valueOf(customer), customer.id],
  };
}

/**
 * One page of live customers (merged ones are hidden). Each filter has an index that starts with
 * it and ends with (created_at, id), the default sort; NAME and UPDATED_AT walk (name, id) and
 * (updated_at, id). The tag filter probes customer_tags (tag_id, customer_id) per row.
 */
export function listCustomers(
  dataSource: DataSource,
  filter: CustomerListFilter,
  sort: CustomerSort,
  page: PageRequest,
): Promise<Connection<Customer>> {
  return paginate(customerListQuery(dataSource, filter), keysetOrderOf(sort), page);
}

/** The filtered rows of `customers`, before keyset paging; the bench and the EXPLAIN tests reuse it. */
export function customerListQuery(
  dataSource: DataSource,
  filter: CustomerListFilter,
): SelectQueryBuilder<Customer> {
  const query = dataSource
    .getRepository(Customer)
    .createQueryBuilder('customer')
    .where('customer.merged_into_id IS NULL');
  if (filter.kind) query.andWhere('customer.kind = :kind', { kind: filter.kind });
  if (filter.lifecycleStage)
    query.andWhere('customer.lifecycle_stage = :stage', { stage: filter.lifecycleStage });
  if (filter.tier) query.andWhere('customer.tier = :tier', { tier: filter.tier });
  if (filter.region) query.andWhere('customer.region = :region', { region: filter.region });
  if (filter.industry) query.andWhere('customer.industry = :industry', { industry: filter.industry });
  if (filter.createdAfter)
    query.andWhere('customer.created_at >= :createdAfter', { createdAfter: filter.createdAfter });
  if (filter.createdBefore)
    query.andWhere('customer.created_at < :createdBefore', { createdBefore: filter.createdBefore });
  if (filter.tagId) {
    query.andWhere(
      'EXISTS (SELECT 1 FROM customer_tags tagged WHERE tagged.customer_id = customer.id AND tagged.tag_id = :tagId)',
      { tagId: filter.tagId },
    );
  }
  const ownerIds = filter.ownerIds?.filter(isUuid);
  if (ownerIds?.length === 1) query.andWhere('customer.owner_id = :ownerId', { ownerId: ownerIds[0] });
  else if (ownerIds) query.andWhere('customer.owner_id = ANY(:ownerIds)', { ownerIds });
  return query;
}
