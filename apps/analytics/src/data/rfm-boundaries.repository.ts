import type { EntityManager } from 'typeorm';
import type { QuintileCuts, RfmBoundaries } from '../domain/rfm';

interface BoundariesRow {
  population: number;
  recency_cuts: (Date | null)[];
  frequency_cuts: (number | null)[];
  monetary_cuts: (string | null)[];
}

const cutsOf = <T>(values: (T | null)[]): QuintileCuts<T> => [values[0], values[1], values[2], values[3]];

const boundariesOf = (row: BoundariesRow): RfmBoundaries => ({
  population: row.population,
  recency: cutsOf(row.recency_cuts),
  frequency: cutsOf(row.frequency_cuts),
  monetary: cutsOf(row.monetary_cuts),
});

/**
 * The cuts over the customers who bought, in one pass (three sorts): each customer's count at or
 * below its figure, ties included, and cut k the top figure with 5 · that count ≤ k · population,
 * i.e. ⌈5 · share⌉ ≤ k in whole numbers (domain/rfm.ts). Not ntile(): it splits ties by chance.
 */
export async function rfmBoundariesOfBase(manager: EntityManager): Promise<RfmBoundaries> {
  const [row]: BoundariesRow[] = await manager.query(`
    WITH base AS MATERIALIZED (
      SELECT last_purchase_at, purchases, monetary FROM customer_scores WHERE purchases > 0
    ), ranked AS (
      SELECT last_purchase_at, purchases, monetary,
             count(*) OVER (ORDER BY last_purchase_at) AS r, count(*) OVER (ORDER BY purchases) AS f,
             count(*) OVER (ORDER BY monetary) AS m, count(*) OVER () AS n
      FROM base
    )
    SELECT coalesce(max(n), 0)::int AS population,
           ARRAY[max(last_purchase_at) FILTER (WHERE 5 * r <= n), max(last_purchase_at) FILTER (WHERE 5 * r <= 2 * n),
                 max(last_purchase_at) FILTER (WHERE 5 * r <= 3 * n), max(last_purchase_at) FILTER (WHERE 5 * r <= 4 * n)]
             AS recency_cuts,
           ARRAY[max(purchases) FILTER (WHERE 5 * f <= n), max(purchases) FILTER (WHERE 5 * f <= 2 * n),
                 max(purchases) FILTER (WHERE 5 * f <= 3 * n), max(purchases) FILTER (WHERE 5 * f <= 4 * n)]
             AS frequency_cuts,
           ARRAY[max(monetary) FILTER (WHERE 5 * m <= n), max(monetary) FILTER (WHERE 5 * m <= 2 * n),
                 max(monetary) FILTER (WHERE 5 * m <= 3 * n), max(monetary) FILTER (WHERE 5 * m <= 4 * n)]::text[]
             AS monetary_cuts
    FROM ranked`);
  return boundariesOf(row);
}

/** The cuts the last scoring run kept, or null before the first. */
export async function storedRfmBoundaries(manager: EntityManager): Promise<RfmBoundaries | null> {
  const [row]: BoundariesRow[] = await manager.query(
    'SELECT population, recency_cuts, frequency_cuts, monetary_cuts::text[] FROM rfm_boundaries',
  );
  return row ? boundariesOf(row) : null;
}

export async function saveRfmBoundaries(
  manager: EntityManager,
  boundaries: RfmBoundaries,
  computedAt: Date,
): Promise<void> {
  await manager.query(
    `INSERT INTO rfm_boundaries (population, recency_cuts, frequency_cuts, monetary_cuts, computed_at)
     VALUES ($1, $2::timestamptz[], $3::integer[], $4::numeric[], $5)
     ON CONFLICT (id) DO UPDATE SET population = EXCLUDED.population, recency_cuts = EXCLUDED.recency_cuts,
       frequency_cuts = EXCLUDED.frequency_cuts, monetary_cuts = EXCLUDED.monetary_cuts,
       computed_at = EXCLUDED.computed_at`,
    [
      boundaries.population,
      [...boundaries.recency],
      [...boundaries.frequency],
      [...boundaries.monetary],
      computedAt,
    ],
  );
}
