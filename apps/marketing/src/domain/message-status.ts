/**
 * A marketing message's life: QUEUED (to go now) or DEFERRED (quiet hours) → SENT (the relay or
 * gateway took it) → DELIVERED or BOUNCED (its report); SUPPRESSED (a rule stopped it, with the
 * reason) and FAILED (the relay kept failing) are final. Opens and clicks are recorded on the side.
 */
export const MESSAGE_STATUSES = [
  'QUEUED',
  'DEFERRED',
  'SENT',
  'DELIVERED',
  'BOUNCED',
  'SUPPRESSED',
  'FAILED',
] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** Tries of a message whose relay keeps failing before it is FAILED. */
export const MAX_SEND_ATTEMPTS = 5;

/** The wait before the next try after `attempts` failed ones: 1, 2, 4, 8 minutes. */
export const retryDelayMs = (attempts: number) => 60_000 * 2 ** (attempts - 1);
