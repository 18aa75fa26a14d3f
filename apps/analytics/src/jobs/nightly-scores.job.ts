import type { DataSource } from 'typeorm';
import { systemOrigin } from '@crm/events';
import type { RecurringJob } from '@crm/scheduler';
import { refreshCustomerScore } from '../changes/customer-score.changes';
import { rfmBase, saveRfmScores } from '../data/customer-score.repository';
import type { ScoreSettings } from '../data/score-settings';
import { rfmScoresOf } from '../domain/rfm';

export const NIGHTLY_SCORES_JOB = 'analytics.nightly-scores';
const BATCH = 200;

async function customersAfter(dataSource: DataSource, after: string | null): Promise<string[]> {
  const rows: { customer_id: string }[] = await dataSource.query(
    `SELECT customer_id FROM customer_facts
     WHERE merged_into_id IS NULL AND erased_at IS NULL AND ($1::uuid IS NULL OR customer_id > $1)
     ORDER BY customer_id LIMIT ${BATCH}`,
    [after],
  );
  return rows.map((row) => row.customer_id);
}

/**
 * Scores change as days pass with no event at all (recency, overdue repurchase, silence): every
 * night each customer is scored again at the job's time, a batch per transaction, then RFM is
 * ranked afresh over the whole base (events rank one customer against the others' last figures).
 */
export async function rescoreAllCustomers(
  dataSource: DataSource,
  now: Date,
  jobId: string,
  settings: ScoreSettings,
) {
  const run = { now, origin: systemOrigin(jobId), settings };
  let scored = 0;
  for (let after: string | null = null; ;) {
    const ids = await customersAfter(dataSource, after);
    if (ids.length === 0) break;
    await dataSource.transaction(async (manager) => {
      for (const id of ids) await refreshCustomerScore(manager, id, run);
    });
    scored += ids.length;
    after = ids.at(-1)!;
  }
  await dataSource.transaction(async (manager) =>
    saveRfmScores(manager, rfmScoresOf(await rfmBase(manager))),
  );
  return scored;
}

export const nightlyScoresJob = (
  dataSource: DataSource,
  cron: string,
  settings: ScoreSettings,
): RecurringJob => ({
  name: NIGHTLY_SCORES_JOB,
  cron,
  run: async ({ now, jobId }) => {
    await rescoreAllCustomers(dataSource, now, jobId, settings);
  },
});
