import type { DataSource } from 'typeorm';
import type { PipelineGroup } from '../domain/pipeline-board';
import { OPEN_STAGES, type OpportunityStage } from '../domain/opportunity-stage';

interface GroupRow {
  stage: OpportunityStage;
  probability: number;
  in_currency: boolean;
  count: string;
  amount: string;
}

/**
 * The open deals of some owners (null: all) in ONE GROUP BY: per stage and probability, split into
 * the board's currency and the others. Sums stay numeric in SQL and arrive as exact strings.
 */
export async function pipelineGroups(
  dataSource: DataSource,
  currency: string,
  ownerIds: string[] | null,
): Promise<PipelineGroup[]> {
  const rows: GroupRow[] = await dataSource.query(
    `SELECT stage, probability, currency = $1 AS in_currency, count(*) AS count, sum(amount)::text AS amount
       FROM opportunities
      WHERE stage = ANY($2) AND ($3::uuid[] IS NULL OR owner_id = ANY($3))
      GROUP BY stage, probability, currency = $1`,
    [currency, OPEN_STAGES, ownerIds],
  );
  return rows.map((row) => ({
    stage: row.stage,
    probability: Number(row.probability),
    inCurrency: row.in_currency,
    count: Number(row.count),
    amount: row.amount,
  }));
}
