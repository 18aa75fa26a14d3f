import { nextAttemptAt } from './webhook-retry-schedule';

/** PENDING: a try is due at `nextAttemptAt`; DELIVERED: the endpoint accepted it; FAILED: given up. */
export type WebhookDeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

/** What one HTTP try came to. */
export interface WebhookAttemptResult {
  /** The endpoint's answer; null when none came. */
  statusCode: number | null;
  /** Why the try failed (`HTTP 500`, `connect ECONNREFUSED`…); null when it succeeded. */
  error: string | null;
  durationMs: number;
  /** The start of the response body, for the delivery log. */
  responseExcerpt: string | null;
}

/** What the rules need to know of a delivery and its endpoint before the try. */
export interface WebhookAttemptContext {
  attemptsBefore: number;
  /** When the first try was made; null before it. */
  firstAttemptAt: Date | null;
  endpointEnabled: boolean;
  endpointFailuresBefore: number;
  /** WEBHOOK_DISABLE_AFTER_FAILURES: failed tries in a row that disable an endpoint. */
  disableAfterFailures: number;
}

export interface WebhookAttemptOutcome {
  attempt: number;
  delivered: boolean;
  status: WebhookDeliveryStatus;
  nextAttemptAt: Date | null;
  firstAttemptAt: Date;
  endpointFailures: number;
  /** This failure is the one too many: the endpoint is disabled and its pending deliveries given up. */
  disablesEndpoint: boolean;
}

/** A 2xx answer is success (Standard Webhooks); a redirect is not followed, so it fails too. */
export const isAccepted = (statusCode: number | null): boolean =>
  statusCode !== null && statusCode >= 200 && statusCode < 300;

/** What follows a try made at `at` (`random` in [0, 1) spreads the retries). */
export function outcomeOfAttempt(
  context: WebhookAttemptContext,
  result: WebhookAttemptResult,
  at: Date,
  random: number,
): WebhookAttemptOutcome {
  const attempt = context.attemptsBefore + 1;
  const firstAttemptAt = context.firstAttemptAt ?? at;
  if (isAccepted(result.statusCode)) {
    return {
      attempt,
      delivered: true,
      status: 'DELIVERED',
      nextAttemptAt: null,
      firstAttemptAt,
      endpointFailures: 0,
      disablesEndpoint: false,
    };
  }
  const endpointFailures = context.endpointFailuresBefore + 1;
  const disablesEndpoint = context.endpointEnabled && endpointFailures >= context.disableAfterFailures;
  const next =
    context.endpointEnabled && !disablesEndpoint ? nextAttemptAt(firstAttemptAt, attempt, at, random) : null;
  return {
    attempt,
    delivered: false,
    status: next ? 'PENDING' : 'FAILED',
    nextAttemptAt: next,
    firstAttemptAt,
    endpointFailures,
    disablesEndpoint,
  };
}
