import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { findLikelyDuplicates, type DuplicateMatchRow } from './duplicate.repository';

export interface LikelyDuplicatesKey {
  customerId: string;
  /** The caller's readable owners; null: every customer. */
  ownerIds: string[] | null;
}

const scopeKey = (ownerIds: string[] | null) => (ownerIds ? [...ownerIds].sort().join(',') : '*');

/** `Customer.likelyDuplicates` for a whole list of customers in one query per scope. */
export function likelyDuplicatesLoader(dataSource: DataSource) {
  return new DataLoader<LikelyDuplicatesKey, DuplicateMatchRow[], string>(
    async (keys) => {
      const byScope = new Map<string, LikelyDuplicatesKey[]>();
      for (const key of keys)
        byScope.set(scopeKey(key.ownerIds), [...(byScope.get(scopeKey(key.ownerIds)) ?? []), key]);
      const matches: DuplicateMatchRow[] = [];
      for (const group of byScope.values()) {
        const ids = group.map((key) => key.customerId);
        matches.push(...(await findLikelyDuplicates(dataSource, ids, group[0].ownerIds)));
      }
      return keys.map((key) => matches.filter((match) => match.sourceId === key.customerId));
    },
    { cacheKeyFn: (key) => `${key.customerId}|${scopeKey(key.ownerIds)}` },
  );
}
