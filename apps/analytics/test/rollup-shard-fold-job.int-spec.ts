import { randomUUID } from 'node:crypto';
import type { RunningAnalytics } from '@crm/analytics';
import {
  EventPublisher,
  sampleCustomerCreatedEvent,
  startPlatform,
  waitFor,
  type TestPlatform,
} from '@crm/platform-testing';
import { ManualClock } from '@crm/scheduler';
import { ROLLUP_SHARD_FOLD_JOB } from '../src/jobs/rollup-shard-fold.job';
import { restartAnalytics } from './support/analytics-under-test';

interface ShardRow {
  shard: number;
  created: number;
}

/**
 * Issue 16 item 6: the consumer counts into roll-up rows of its lane's shard; the scheduled job
 * `analytics.rollup-shard-fold` folds them into shard 0, through the scheduler on the test's clock.
 */
describe('the roll-up shard fold job', () => {
  let platform: TestPlatform;
  let analytics: RunningAnalytics;
  let publisher: EventPublisher;

  beforeAll(async () => {
    platform = await startPlatform();
    analytics = await restartAnalytics(platform, { clock: new ManualClock(new Date()) });
    publisher = await EventPublisher.start();
  });
  afterAll(async () => {
    await publisher?.stop();
    await platform?.stop();
  });

  const rowsOf = (ownerId: string): Promise<ShardRow[]> =>
    analytics.dataSource.query(
      `SELECT shard, created FROM report_churn_base_months WHERE owner_id = $1 AND segment_id IS NULL ORDER BY shard`,
      [ownerId],
    );

  it("folds the consumer's lane rows into shard 0, keeping the counts", async () => {
    const ownerId = randomUUID();
    for (let i = 0; i < 3; i++) {
      const created = sampleCustomerCreatedEvent();
      await publisher.publish({ ...created, data: { ...created.data, ownerId } });
    }
    const counted = await waitFor(async () => {
      const rows = await rowsOf(ownerId);
      const total = rows.reduce((sum, row) => sum + row.created, 0);
      if (total !== 3) throw new Error(`analytics has counted ${total} of 3 customers`);
      return rows;
    });
    expect(counted.every((row) => row.shard !== 0)).toBe(true);

    await analytics.jobs.waitForRun(
      ROLLUP_SHARD_FOLD_JOB,
      await analytics.jobs.runNow(ROLLUP_SHARD_FOLD_JOB),
      {
        timeoutMs: 60_000,
      },
    );

    expect(await rowsOf(ownerId)).toEqual([{ shard: 0, created: 3 }]);
  });
});
