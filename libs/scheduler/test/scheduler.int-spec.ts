import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createLogger } from '@crm/logger';
import { readTestEnvironment } from '@crm/testing';
import { ManualClock, runIdOf, Scheduler, type RecurringJob } from '@crm/scheduler';

const { adminDatabaseUrl, databaseName } = readTestEnvironment();
const url = new URL(adminDatabaseUrl);
url.pathname = `/${databaseName}`;
const databaseUrl = url.toString();
const schema = `scheduler_test_${randomBytes(4).toString('hex')}`;
const logger = createLogger('scheduler-test', process.env.LOG_LEVEL ?? 'silent');

interface Run {
  replica: string;
  now: string;
  slot: string;
}

describe('Scheduler on a real Postgres queue', () => {
  const admin = new Client({ connectionString: databaseUrl });
  const running: Scheduler[] = [];
  let runs: Run[];

  const sweep = (replica: string): RecurringJob => ({
    name: 'test.hourly-sweep',
    cron: '0 * * * *',
    run: async ({ now, data }) => {
      runs.push({ replica, now: now.toISOString(), slot: data.slot });
    },
  });

  function replica(name: string, clock: ManualClock, extra: (scheduler: Scheduler) => void = () => {}) {
    const scheduler = new Scheduler({
      databaseUrl,
      schema,
      logger,
      clock,
      pollIntervalMs: 500,
      retryDelaySeconds: 1,
    });
    scheduler.addRecurring(sweep(name));
    extra(scheduler);
    running.push(scheduler);
    return scheduler;
  }

  const jobsIn = async (queue: string) =>
    Number((await admin.query(`SELECT count(*) AS n FROM ${schema}.job WHERE name = $1`, [queue])).rows[0].n);

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
  });

  beforeEach(() => {
    runs = [];
  });

  afterEach(async () => {
    for (const scheduler of running.splice(0)) await scheduler.stop();
  });

  afterAll(async () => {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  });

  it('runs a recurring job once per cron slot across two replicas, at the clock’s now', async () => {
    const clock = new ManualClock('2030-01-01T10:20:00Z');
    const a = replica('a', clock);
    const b = replica('b', clock);
    await Promise.all([a.start(), b.start()]);
    const tenOClock = new Date('2030-01-01T10:00:00Z');
    await a.waitForRun('test.hourly-sweep', runIdOf('test.hourly-sweep', tenOClock));
    await Promise.all([a.tick(), b.tick(), a.tick()]);
    expect(await jobsIn('test.hourly-sweep')).toBe(1);

    clock.set('2030-01-01T11:00:00Z');
    const [ticked] = await Promise.all([a.tick(), b.tick()]);
    expect(ticked[0].slot.toISOString()).toBe('2030-01-01T11:00:00.000Z');
    await b.waitForRun('test.hourly-sweep', ticked[0].jobId);

    expect(await jobsIn('test.hourly-sweep')).toBe(2);
    expect(runs.map(({ now, slot }) => ({ now, slot }))).toEqual([
      { now: '2030-01-01T10:20:00.000Z', slot: '2030-01-01T10:00:00.000Z' },
      { now: '2030-01-01T11:00:00.000Z', slot: '2030-01-01T11:00:00.000Z' },
    ]);
  });

  it('runs what fell due while the service was down once, after the restart', async () => {
    const clock = new ManualClock('2031-01-01T10:30:00Z');
    const pings: string[] = [];
    const ping = (name: string) => (scheduler: Scheduler) =>
      scheduler.addOneOff<{ note: string }>({
        name: 'test.ping',
        run: async ({ data }) => {
          pings.push(`${name}:${data.note}`);
        },
      });
    const before = replica('before', clock, ping('before'));
    await before.start();
    await before.waitForRun(
      'test.hourly-sweep',
      runIdOf('test.hourly-sweep', new Date('2031-01-01T10:00:00Z')),
    );
    const pingId = await before.runAt(
      'test.ping',
      { note: 'hello' },
      new Date(Date.now() + 1000),
      'greeting',
    );
    await before.stop();

    // Down: two slots (11:00 and 12:00) pass, and the ping falls due.
    clock.set('2031-01-01T12:15:00Z');
    await waitUntilDue(pingId);
    const after = replica('after', clock, ping('after'));
    await after.start();
    await after.waitForRun('test.ping', pingId);
    await after.waitForRun(
      'test.hourly-sweep',
      runIdOf('test.hourly-sweep', new Date('2031-01-01T12:00:00Z')),
    );

    expect(pings).toEqual(['after:hello']);
    expect(runs.map(({ replica, slot }) => `${replica} ${slot}`)).toEqual([
      'before 2031-01-01T10:00:00.000Z',
      'after 2031-01-01T12:00:00.000Z',
    ]);
    // The same key asks for the same run: scheduling the greeting again adds nothing.
    expect(await after.runAt('test.ping', { note: 'hello' }, new Date(), 'greeting')).toBe(pingId);
    expect(await jobsIn('test.ping')).toBe(1);
  });

  it('retries a run that failed until it succeeds (at least once)', async () => {
    let attempts = 0;
    const flaky = replica('flaky', new ManualClock('2032-01-01T00:00:00Z'), (scheduler) =>
      scheduler.addOneOff({
        name: 'test.flaky',
        run: async () => {
          attempts += 1;
          if (attempts === 1) throw new Error('the first attempt fails');
        },
      }),
    );
    await flaky.start();
    const id = await flaky.runNow('test.flaky');
    await flaky.waitForRun('test.flaky', id);
    expect(attempts).toBe(2);
  });

  async function waitUntilDue(jobId: string): Promise<void> {
    for (;;) {
      const { rows } = await admin.query(
        `SELECT start_after <= now() AS due FROM ${schema}.job WHERE id = $1`,
        [jobId],
      );
      if (rows[0].due) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
});
