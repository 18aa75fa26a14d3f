import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Customer } from './customer.entity';
import { findCustomersByIds } from './customer.repository';

/**
 * `customer(id)` and references by id: a merged customer's id resolves to the customer it was merged
 * into (merged_into_id always names a live survivor, see markMerged).
 */
export function customerByIdFollowingMerges(dataSource: DataSource) {
  return new DataLoader<string, Customer | null>(async (ids) => {
    const rows = await findCustomersByIds(dataSource, [...ids]);
    const survivorIds = rows.flatMap((row) => (row.mergedIntoId ? [row.mergedIntoId] : []));
    const survivors = survivorIds.length > 0 ? await findCustomersByIds(dataSource, survivorIds) : [];
    const byId = new Map([...rows, ...survivors].map((row) => [row.id, row]));
    return ids.map((id) => {
      const row = byId.get(id) ?? null;
      return row?.mergedIntoId ? (byId.get(row.mergedIntoId) ?? null) : row;
    });
  });
}
