import { backoffDelay } from './backoff';

/** How long a partition waits before trying again after a transient failure: 250 ms, doubling to 15 s. */
export const TRANSIENT_RETRY_BASE_MS = 250;
export const TRANSIENT_RETRY_MAX_MS = 15_000;

interface Pause {
  failuresInARow: number;
  cause: string;
  resumeTimer: NodeJS.Timeout | undefined;
}

export interface PauseReport {
  partition: string;
  failuresInARow: number;
  retryInMs: number;
  cause: string;
}

/**
 * The partitions waiting out an outage. Fetching from a paused partition stops (kafkajs keeps the
 * member's heartbeats and its other partitions going) and resumes after a backoff that grows with
 * each failure in a row, for as long as it takes: an outage never sends an event to the DLQ.
 */
export class PartitionPauses {
  private readonly pauses = new Map<string, Pause>();

  constructor(
    private readonly baseMs = TRANSIENT_RETRY_BASE_MS,
    private readonly maxMs = TRANSIENT_RETRY_MAX_MS,
  ) {}

  /** Schedules `resume` (kafkajs's, from `pause()`) after the backoff; returns what it decided. */
  pause(partition: string, cause: string, resume: () => void): PauseReport {
    const previous = this.pauses.get(partition);
    const failuresInARow = (previous?.failuresInARow ?? 0) + 1;
    const retryInMs = backoffDelay(failuresInARow - 1, this.baseMs, this.maxMs);
    if (previous?.resumeTimer) clearTimeout(previous.resumeTimer);
    const resumeTimer = setTimeout(() => {
      const current = this.pauses.get(partition);
      if (current) current.resumeTimer = undefined;
      resume();
    }, retryInMs);
    this.pauses.set(partition, { failuresInARow, cause, resumeTimer });
    return { partition, failuresInARow, retryInMs, cause };
  }

  /** The partition applied again: its next failure starts the backoff from the beginning. */
  recovered(partition: string): void {
    this.pauses.delete(partition);
  }

  /** What the paused partitions wait for, e.g. `1 partition waits out: connect ECONNREFUSED … (3 failures in a row)`. */
  get summary(): string | undefined {
    if (this.pauses.size === 0) return undefined;
    const pauses = [...this.pauses.values()];
    const longest = pauses.reduce((a, b) => (b.failuresInARow > a.failuresInARow ? b : a));
    const partitions = this.pauses.size === 1 ? '1 partition waits' : `${this.pauses.size} partitions wait`;
    return `${partitions} out: ${longest.cause} (${longest.failuresInARow} failures in a row)`;
  }

  /** On a new assignment: pending resumes still fire, but those partitions may no longer be ours to report. */
  forgetAll(): void {
    this.pauses.clear();
  }

  /** On stop: nothing resumes a consumer that is leaving. */
  cancelAll(): void {
    for (const pause of this.pauses.values()) if (pause.resumeTimer) clearTimeout(pause.resumeTimer);
    this.pauses.clear();
  }
}
