import { NULL_SCHEMA } from '../event-definition';

/** Where an endpoint points, without path or query: `https://hooks.example.com:8443`. */
export const WEBHOOK_TARGET = {
  type: 'string',
  pattern: '^https?://[^/?#]+$',
  description: 'Scheme, host and port of the endpoint URL (its path and query may hold a token).',
} as const;

/** An endpoint's event-type filter; null: every event type. */
export const WEBHOOK_EVENT_FILTER = {
  anyOf: [{ type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 }, NULL_SCHEMA],
} as const;

/** Why an endpoint stopped receiving events. */
export const WEBHOOK_DISABLE_REASON = {
  type: 'string',
  enum: ['BY_ADMIN', 'CONSECUTIVE_FAILURES'],
} as const;

export type WebhookDisableReason = 'BY_ADMIN' | 'CONSECUTIVE_FAILURES';
