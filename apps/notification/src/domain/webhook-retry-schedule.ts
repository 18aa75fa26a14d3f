/**
 * When a failed webhook delivery is tried again: exponential backoff with jitter, for up to a day
 * after the first try (issue 15 §5). The delays follow the usual webhook practice (Standard
 * Webhooks' "retry with exponential backoff", https://www.standardwebhooks.com/): a receiver that
 * is down for a minute gets the event a minute later, one that is down for hours still gets it the
 * same day, and many failing deliveries do not retry in lockstep.
 */
export const WEBHOOK_RETRY_SCHEDULE = {
  /** The delay after the first failed try. */
  firstDelayMs: 30_000,
  /** Each further delay is this many times the one before… */
  factor: 3,
  /** …up to this. */
  maxDelayMs: 6 * 60 * 60 * 1000,
  /** Each delay is shortened by up to this share, at random, so retries spread out. */
  jitter: 0.2,
  /** No try is due later than this after the first one: the delivery is given up instead. */
  windowMs: 24 * 60 * 60 * 1000,
} as const;

/** The delay before try `failedAttempts + 1`, before jitter. */
export function backoffDelayMs(failedAttempts: number): number {
  const { firstDelayMs, factor, maxDelayMs } = WEBHOOK_RETRY_SCHEDULE;
  return Math.min(maxDelayMs, firstDelayMs * factor ** Math.max(0, failedAttempts - 1));
}

/**
 * When the next try is due after `failedAttempts` failed tries, the last at `failedAt`; null when
 * it would fall beyond the window that started with the first try. `random` is in [0, 1).
 */
export function nextAttemptAt(
  firstAttemptAt: Date,
  failedAttempts: number,
  failedAt: Date,
  random: number,
): Date | null {
  const { jitter, windowMs } = WEBHOOK_RETRY_SCHEDULE;
  const delay = Math.round(backoffDelayMs(failedAttempts) * (1 - jitter * random));
  const due = new Date(failedAt.getTime() + delay);
  return due.getTime() - firstAttemptAt.getTime() > windowMs ? null : due;
}
