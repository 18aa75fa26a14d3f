import { backoffDelayMs, nextAttemptAt, WEBHOOK_RETRY_SCHEDULE } from '../webhook-retry-schedule';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const first = new Date('2026-03-10T09:00:00.000Z');

/** The due times of every retry after a first try at `first`, each try failing at once when due. */
function schedule(random: number): Date[] {
  const due: Date[] = [];
  let failedAt = first;
  for (let failed = 1; ; failed += 1) {
    const next = nextAttemptAt(first, failed, failedAt, random);
    if (!next) return due;
    due.push(next);
    failedAt = next;
  }
}

describe('webhook retry schedule', () => {
  it('grows each delay threefold from 30 s up to 6 h', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(backoffDelayMs)).toEqual([
      30 * SECOND,
      90 * SECOND,
      270 * SECOND,
      810 * SECOND,
      2430 * SECOND,
      7290 * SECOND,
      6 * HOUR,
      6 * HOUR,
      6 * HOUR,
    ]);
  });

  it('without jitter, retries nine times and gives up once the next try would be more than a day after the first', () => {
    const due = schedule(0);
    expect(due.map((at) => at.toISOString())).toEqual([
      '2026-03-10T09:00:30.000Z',
      '2026-03-10T09:02:00.000Z',
      '2026-03-10T09:06:30.000Z',
      '2026-03-10T09:20:00.000Z',
      '2026-03-10T10:00:30.000Z',
      '2026-03-10T12:02:00.000Z',
      '2026-03-10T18:02:00.000Z',
      '2026-03-11T00:02:00.000Z',
      '2026-03-11T06:02:00.000Z',
    ]);
    // The next would be at 12:02 on the 11th, 27 h after the first try.
    expect(nextAttemptAt(first, 10, due.at(-1)!, 0)).toBeNull();
  });

  it('shortens a delay by at most the jitter share, never lengthens it', () => {
    const failedAt = new Date(first.getTime() + 10 * MINUTE);
    const plain = nextAttemptAt(first, 4, failedAt, 0)!.getTime() - failedAt.getTime();
    const shortest = nextAttemptAt(first, 4, failedAt, 0.999_999)!.getTime() - failedAt.getTime();
    expect(plain).toBe(810 * SECOND);
    expect(shortest).toBe(Math.round(810 * SECOND * (1 - WEBHOOK_RETRY_SCHEDULE.jitter * 0.999_999)));
    expect(shortest).toBeGreaterThanOrEqual(810 * SECOND * (1 - WEBHOOK_RETRY_SCHEDULE.jitter));
  });

  it('keeps every try within a day of the first, whatever the jitter', () => {
    for (const random of [0, 0.25, 0.5, 0.75, 0.999]) {
      const due = schedule(random);
      expect(due.length).toBeGreaterThanOrEqual(9);
      expect(due.at(-1)!.getTime() - first.getTime()).toBeLessThanOrEqual(WEBHOOK_RETRY_SCHEDULE.windowMs);
    }
  });
});
