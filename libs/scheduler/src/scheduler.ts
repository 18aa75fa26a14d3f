import PgBoss from 'pg-boss';
import { v5 as uuidv5 } from 'uuid';
import type { Logger } from '@crm/logger';
import { systemClock, type Clock } from './clock';
import { assertCron, latestSlot } from './cron-slot';
import type { JobRun, JobState, OneOffJob, RecurringJob, RecurringRunData } from './job-definition';
import { readQueueStates, type QueueState } from './queue-states';
import { prepareQueues, type QueueSettings } from './queue-tables';

export interface SchedulerOptions {
  databaseUrl: string;
  /** The service's own jobs schema, e.g. `sales_jobs`. */
  schema: string;
  /** Connections the queue may open (4 unless set). */
  poolSize?: number;
  logger: Logger;
  clock?: Clock;
  /** How often each worker asks the queue for work (pg-boss polls; at least 500). */
  pollIntervalMs?: number;
  /** How often each replica looks for a new cron slot. */
  tickIntervalMs?: number;
  /** Attempts after the first failure, with exponential backoff. */
  retryLimit?: number;
  /** The first retry's delay; each next one doubles it. */
  retryDelaySeconds?: number;
  /** A run still active after this long counts as failed (its process died) and is retried. */
  expireInSeconds?: number;
}

export interface ScheduledRun {
  name: string;
  slot: Date;
  jobId: string;
}

// Any fixed UUID: the namespace of the run ids derived from a job's name and slot.
const RUN_ID_NAMESPACE = '2f0b6a52-7d0e-4c55-9a8e-3b1c6f5d9e41';

/** The id of a recurring job's run for one cron slot: the same on every replica. */
export const runIdOf = (name: string, slot: Date): string =>
  uuidv5(`${name}@${slot.toISOString()}`, RUN_ID_NAMESPACE);

type AnyJob = RecurringJob | OneOffJob<object>;

/**
 * A service's scheduled work on pg-boss, in the service's own jobs schema. Recurring jobs get one
 * run per cron slot whatever the number of replicas: every replica computes the slot from its clock
 * and enqueues the run under an id derived from it, which the queue's primary key admits once; a
 * replica that starts enqueues the latest slot, so a slot that fell due while the service was down
 * runs once after the restart. Each run goes to one worker (SKIP LOCKED), recurring jobs never run
 * twice at once (singleton queues), failures are retried with backoff.
 */
export class Scheduler {
  private readonly clock: Clock;
  private readonly recurring = new Map<string, RecurringJob>();
  private readonly oneOff = new Map<string, OneOffJob<object>>();
  private readonly workerIds = new Map<string, string>();
  private readonly lastRunIds = new Map<string, string>();
  /** Tells the runs in progress that stop() was called (JobRun.stopping). */
  private stopping = new AbortController();
  /** Runs in progress in this process, which stop() outlasts. */
  private readonly running = new Set<Promise<void>>();
  private boss: PgBoss | undefined;
  private ticker: NodeJS.Timeout | undefined;

  constructor(private readonly options: SchedulerOptions) {
    this.clock = options.clock ?? systemClock;
  }

  addRecurring(job: RecurringJob): this {
    assertCron(`job ${job.name}`, job.cron);
    this.recurring.set(job.name, job);
    return this;
  }

  addOneOff<TData extends object>(job: OneOffJob<TData>): this {
    this.oneOff.set(job.name, job as OneOffJob<object>);
    return this;
  }

  async start(): Promise<void> {
    const { databaseUrl, schema, logger } = this.options;
    this.stopping = new AbortController();
    const jobs = [...this.recurring.values(), ...this.oneOff.values()];
    await prepareQueues(
      databaseUrl,
      schema,
      jobs.map((job) => this.queueOf(job.name)),
    );
    // Cron is ours (see tick): pg-boss's own would follow the wall clock and skip slots missed while down.
    const boss = new PgBoss({
      connectionString: databaseUrl,
      schema,
      schedule: false,
      max: this.options.poolSize ?? 4,
    });
    boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
    await boss.start();
    this.boss = boss;
    for (const job of jobs) await this.work(boss, job);
    await this.tick();
    this.ticker = setInterval(() => {
      this.tick().catch((error: unknown) => logger.error({ err: error }, 'scheduling recurring jobs failed'));
    }, this.options.tickIntervalMs ?? 15_000);
    this.ticker.unref();
    logger.info({ schema, jobs: [...this.recurring.keys(), ...this.oneOff.keys()] }, 'scheduler started');
  }

  /**
   * Stops taking work, gives the runs in progress 10 s before the queue marks them failed (to be
   * retried elsewhere), disconnects, and returns only once every run of this process has ended, so
   * that none outlives the data source its caller closes next.
   */
  async stop(): Promise<void> {
    const stopStarted = Date.now();
    const runInProgress = this.running.size > 0;
    this.stopping.abort();
    clearInterval(this.ticker);
    await this.boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
    this.boss = undefined;
    await Promise.allSettled([...this.running]);
    // pg-boss checks every second, after its stop() returned, whether its workers have stopped; a
    // worker that was running a job is still completing it at the first check. Waiting past that
    // check keeps pg-boss's timers from outliving this stop (and the process or test around it).
    if (runInProgress) await new Promise((resolve) => setTimeout(resolve, stopStarted + 1_100 - Date.now()));
  }

  /** Enqueues each recurring job's latest cron slot at the clock's now, unless it is queued or ran. */
  async tick(): Promise<ScheduledRun[]> {
    const boss = this.started();
    const now = this.clock.now();
    const runs: ScheduledRun[] = [];
    for (const job of this.recurring.values()) {
      const slot = latestSlot(job.cron, now);
      const jobId = runIdOf(job.name, slot);
      if (this.lastRunIds.get(job.name) !== jobId) {
        const known = await boss.getJobById(job.name, jobId, { includeArchive: true });
        const data: RecurringRunData = { slot: slot.toISOString() };
        // A second send of the same id (another replica) is dropped by the job table's primary key.
        if (!known) {
          await boss.send(job.name, data, { ...this.runOptions(), id: jobId });
          this.wakeWorker(job.name);
        }
        this.lastRunIds.set(job.name, jobId);
      }
      runs.push({ name: job.name, slot, jobId });
    }
    return runs;
  }

  /** Enqueues a run now, e.g. an operator re-running a sweep; returns the run's id. */
  async runNow(name: string, data: object = {}): Promise<string> {
    const id = await this.started().send(this.registered(name), data, this.runOptions());
    this.wakeWorker(name);
    return id!;
  }

  /**
   * Enqueues a one-off run that starts at `at` (queue time); `key` makes it idempotent: the same
   * name and key enqueue one run. Returns the run's id.
   */
  async runAt(name: string, data: object, at: Date, key?: string): Promise<string> {
    const id = key ? uuidv5(`${name}#${key}`, RUN_ID_NAMESPACE) : undefined;
    const sent = await this.started().sendAfter(
      this.registered(name),
      data,
      { ...this.runOptions(), id },
      at,
    );
    return (sent ?? id)!;
  }

  async stateOf(name: string, jobId: string): Promise<JobState | null> {
    const job = await this.started().getJobById(name, jobId, { includeArchive: true });
    return job?.state ?? null;
  }

  /** Each job's queue: runs waiting and runs failed for good (the service's metrics). */
  queueStates(): Promise<QueueState[]> {
    return readQueueStates(this.started(), this.options.schema, [
      ...this.recurring.keys(),
      ...this.oneOff.keys(),
    ]);
  }

  /** Polls the run's state until it completed; throws when it failed for good or `timeoutMs` passed. */
  async waitForRun(
    name: string,
    jobId: string,
    { timeoutMs = 30_000, intervalMs = 100 } = {},
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = await this.started().getJobById(name, jobId, { includeArchive: true });
      if (job?.state === 'completed') return;
      if (job?.state === 'failed' && job.retryCount >= job.retryLimit) {
        throw new Error(`job ${name} run ${jobId} failed: ${JSON.stringify(job.output)}`);
      }
      if (Date.now() > deadline)
        throw new Error(`job ${name} run ${jobId} is still ${job?.state ?? 'unknown'}`);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }

  private async work(boss: PgBoss, job: AnyJob): Promise<void> {
    // Settings may have changed since the queue was made.
    await boss.updateQueue(job.name, this.queueOf(job.name));
    const pollingIntervalSeconds = (this.options.pollIntervalMs ?? 1000) / 1000;
    const workerId = await boss.work<object>(job.name, { pollingIntervalSeconds }, async ([queued]) => {
      const run = this.execute(job, {
        now: this.clock.now(),
        jobId: queued.id,
        data: queued.data,
        stopping: this.stopping.signal,
      });
      this.running.add(run);
      try {
        await run;
      } finally {
        this.running.delete(run);
      }
    });
    this.workerIds.set(job.name, workerId);
  }

  private async execute(job: AnyJob, run: JobRun<object>): Promise<void> {
    const { logger } = this.options;
    const started = Date.now();
    try {
      await (job.run as (run: JobRun<object>) => Promise<void>)(run);
      logger.debug({ job: job.name, jobId: run.jobId, now: run.now, ms: Date.now() - started }, 'job ran');
    } catch (error) {
      logger.error({ err: error, job: job.name, jobId: run.jobId }, 'job failed; the queue retries it');
      throw error;
    }
  }

  private queueOf(name: string): QueueSettings {
    // Runs of a recurring job never overlap: a singleton queue has at most one active job.
    return { name, policy: this.recurring.has(name) ? 'singleton' : 'standard', ...this.runOptions() };
  }

  private runOptions() {
    return {
      retryLimit: this.options.retryLimit ?? 5,
      retryBackoff: true,
      retryDelay: this.options.retryDelaySeconds ?? 5,
      expireInSeconds: this.options.expireInSeconds ?? 600,
    };
  }

  private wakeWorker(name: string): void {
    const workerId = this.workerIds.get(name);
    if (workerId) this.started().notifyWorker(workerId);
  }

  private registered(name: string): string {
    if (!this.recurring.has(name) && !this.oneOff.has(name)) throw new Error(`no job named ${name}`);
    return name;
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('the scheduler is not started');
    return this.boss;
  }
}
