import type { EntityManager } from 'typeorm';
import type { LargeDealThresholds } from '../domain/large-deal';
import { LargeDealThreshold } from './large-deal-threshold.entity';

/** Every currency's threshold: one row per currency, a handful at most. */
export async function loadLargeDealThresholds(manager: EntityManager): Promise<LargeDealThresholds> {
  const rows = await manager.find(LargeDealThreshold);
  return new Map(rows.map((row) => [row.currency, row.amount]));
}
