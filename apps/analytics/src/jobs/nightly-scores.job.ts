import type { DataSource } from 'typeorm';
import { systemOrigin } from '@crm/events';
import type { RecurringJob } from '@crm/scheduler';
import { refreshCustomerScores, type ScoreRun } from '../changes/customer-score.changes';
import { rankCustomersAfter } from '../changes/rfm-ranking.changes';
import {
  beginScoreRun,
  lockScoreRun,
  moveScoreRun,
  scorableCustomersAfter,
} from '../data/customer-score-run.repository';
import { lockCustomerIdentitiesShared } from '../data/customer-tombstone.repository';
import {
  rfmBoundariesOfBase,
  saveRfmBoundaries,
  storedRfmBoundaries,
} from '../data/rfm-boundaries.repository';
import type { ScoreSettings } from '../data/score-settings';
import { EMPTY_BASE_BOUNDARIES, type RfmBoundaries } from '../domain/rfm';

export const NIGHTLY_SCORES_JOB = 'analytics.nightly-scores';

export interface RescoreTally {
  scored: number;
  announced: number;
  ranked: number;
}

export interface RescoreOptions {
  /** Customers per batch and transaction. */
  batchSize?: number;
}

interface Pass {
  dataSource: DataSource;
  jobId: string;
  batchSize: number;
  tally: RescoreTally;
}

/** Scores the next batch of customers in one transaction; false when the phase is over. */
function scoreNextBatch(
  { dataSource, jobId, batchSize, tally }: Pass,
  run: ScoreRun,
  boundaries: RfmBoundaries,
) {
  return dataSource.transaction(async (manager) => {
    // Merges and erasures wait for the batch, so none of its customers is filed away meanwhile.
    await lockCustomerIdentitiesShared(manager);
    const state = (await lockScoreRun(manager))!;
    // Another run of the job took over (it started afresh since), or the phase is over.
    if (state.jobId !== jobId || state.phase !== 'SCORING') return false;
    const ids = await scorableCustomersAfter(manager, state.afterCustomerId, batchSize);
    if (ids.length === 0) {
      // Every figure is fresh: the cuts of tonight's base, for the ranking and tomorrow's events.
      await saveRfmBoundaries(manager, await rfmBoundariesOfBase(manager), run.now);
      await moveScoreRun(manager, 'RANKING', null);
      return false;
    }
    tally.announced += await refreshCustomerScores(manager, ids, run, boundaries);
    tally.scored += ids.length;
    await moveScoreRun(manager, 'SCORING', ids.at(-1)!);
    return true;
  });
}

/** Ranks the next batch of scored customers against tonight's cuts; false when the run is done. */
function rankNextBatch({ dataSource, jobId, batchSize, tally }: Pass) {
  return dataSource.transaction(async (manager) => {
    const state = (await lockScoreRun(manager))!;
    if (state.jobId !== jobId || state.phase !== 'RANKING') return false;
    const boundaries = (await storedRfmBoundaries(manager))!;
    const { count, last } = await rankCustomersAfter(manager, state.afterCustomerId, batchSize, boundaries);
    await moveScoreRun(manager, last ? 'RANKING' : 'DONE', last);
    tally.ranked += count;
    return last !== null;
  });
}

/**
 * Scores change as days pass with no event at all (recency, overdue repurchase, silence): every
 * night each customer is scored again at the run's time, in keyset batches of 10,000 customers, each
 * its own transaction, and the churn loop announces only the customers whose risk crossed the
 * threshold. Then the RFM cuts are taken over the fresh figures in one SQL pass and every customer
 * ranked against them. Where the run stands is committed with each batch: a run that stopped
 * resumes at its next batch, at its own time, and repeating a batch announces nothing twice.
 */
export async function rescoreAllCustomers(
  dataSource: DataSource,
  now: Date,
  jobId: string,
  settings: ScoreSettings,
  { batchSize = 10_000 }: RescoreOptions = {},
): Promise<RescoreTally> {
  const state = await dataSource.transaction((manager) => beginScoreRun(manager, jobId, now));
  const run = { now: state.runAt, origin: systemOrigin(jobId), settings };
  const boundaries = (await storedRfmBoundaries(dataSource.manager)) ?? EMPTY_BASE_BOUNDARIES;
  const pass: Pass = { dataSource, jobId, batchSize, tally: { scored: 0, announced: 0, ranked: 0 } };
  while (await scoreNextBatch(pass, run, boundaries));
  while (await rankNextBatch(pass));
  return pass.tally;
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
