/**
 * Tables whose rows do not come from events, so a replay cannot make them: the swap copies them
 * from the live schema. The outbox (what analytics published: the replay's own rows would be
 * duplicates), the mutations' idempotency keys, and what admins set through analytics' API. A
 * table written by an API mutation rather than by an event handler belongs here; a read model never.
 */
export const KEPT_TABLES = ['outbox', 'idempotency_keys', 'exchange_rates', 'reporting_settings'];

/**
 * Bookkeeping: made by the replay (inbox), the migrations or the nightly run's progress
 * (customer_score_runs), never the same twice.
 */
export const BOOKKEEPING_TABLES = [
  'inbox',
  'outbox',
  'migrations',
  'idempotency_keys',
  'customer_score_runs',
];

/**
 * Read models that depend on the time they are computed at as well as on events (recency, silence):
 * the rebuild computes them afresh at its own time instead of replaying them, so they equal the
 * live ones only when both are computed at the same instant.
 */
export const CLOCK_DERIVED_TABLES = ['customer_scores', 'rfm_boundaries'];
