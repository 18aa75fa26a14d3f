import type { EntityManager } from 'typeorm';
import { rfmFiguresAfter, saveRfmScores } from '../data/customer-score.repository';
import { rfmScoreAgainst, type RfmBoundaries } from '../domain/rfm';

/**
 * Ranks the next `limit` scored customers after `after` (id order) against fresh cuts, writing only
 * the scores that moved. Answers how many were ranked and the last of them (null when none was left).
 */
export async function rankCustomersAfter(
  manager: EntityManager,
  after: string | null,
  limit: number,
  boundaries: RfmBoundaries,
): Promise<{ count: number; last: string | null }> {
  const ranked = await rfmFiguresAfter(manager, after, limit);
  const moved = ranked
    .map(({ customerId, figures, rfm }) => ({
      customerId,
      before: rfm?.cell ?? null,
      rfm: figures ? rfmScoreAgainst(figures, boundaries) : null,
    }))
    .filter(({ before, rfm }) => before !== (rfm?.cell ?? null));
  await saveRfmScores(manager, moved);
  return { count: ranked.length, last: ranked.at(-1)?.customerId ?? null };
}
