import type { PartHealth } from '@crm/messaging';

export interface ReadinessReport {
  ready: boolean;
  /** Dependencies asked now: 'ok' or why not. */
  checks: { database: 'ok' | string; kafka: 'ok' | string };
  /** The background parts, as they report themselves. */
  parts: Record<string, PartHealth>;
}

export interface ReadinessSources {
  database: () => Promise<unknown>;
  kafka: () => Promise<unknown>;
  parts: () => Record<string, PartHealth>;
}

const CHECK_TIMEOUT_MS = 2_000;

async function check(run: () => Promise<unknown>): Promise<'ok' | string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([run(), timeout]);
    return 'ok';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `/readyz`: ready to take API traffic when the database answers. The API needs nothing else:
 * while Kafka is down writes still commit (their events wait in the outbox for the relay) and
 * reads never touch it, so taking the service out of rotation would turn a Kafka outage into an
 * API outage. Kafka, the relay and the consumer (paused, failing, still joining) are reported in
 * the body for operators and the fault suite, without failing readiness.
 */
export async function checkReadiness(sources: ReadinessSources): Promise<ReadinessReport> {
  const [database, kafka] = await Promise.all([check(sources.database), check(sources.kafka)]);
  return { ready: database === 'ok', checks: { database, kafka }, parts: sources.parts() };
}
