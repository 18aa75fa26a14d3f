/**
 * How a background part of a service (the outbox relay, the event consumer) is doing, as
 * `/readyz` reports it. Readiness itself depends on the database alone (the API needs only
 * Postgres; events wait in the outbox): a paused consumer or a failing relay is shown, not fatal.
 */
export interface PartHealth {
  state: 'starting' | 'running' | 'standby' | 'paused' | 'failing' | 'stopped' | 'idle';
  /** Why it is in that state, e.g. the outage a paused consumer waits out. */
  detail?: string;
  /** When it entered that state (ISO-8601). */
  since: string;
}

export const partHealth = (state: PartHealth['state'], detail?: string): PartHealth => ({
  state,
  ...(detail ? { detail } : {}),
  since: new Date().toISOString(),
});
