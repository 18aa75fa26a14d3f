/** What a handler gets for one run of a job. */
export interface JobRun<TData> {
  /** The scheduler's clock when the run started: rules select what is due relative to it. */
  now: Date;
  /** The queue's id of this run; a new chain of events (their correlation id) starts here. */
  jobId: string;
  data: TData;
  /** Aborted when the scheduler stops: a long run ends early and leaves the rest to its next run. */
  stopping: AbortSignal;
}

/**
 * A job run every time its cron expression (UTC) names a new slot. Delivery is at least once: a
 * run may repeat after a crash, so `run` must be idempotent (select what is due, act once per thing).
 */
export interface RecurringJob {
  name: string;
  cron: string;
  run(run: JobRun<RecurringRunData>): Promise<void>;
}

/** A job run once per request, now or at a given time, e.g. a follow-up due on a date. */
export interface OneOffJob<TData extends object> {
  name: string;
  run(run: JobRun<TData>): Promise<void>;
}

export interface RecurringRunData {
  /** The cron slot (ISO time) this run belongs to. */
  slot: string;
}

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';
