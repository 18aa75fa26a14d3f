import { Client } from 'pg';
import type { ServiceName } from '@crm/config';
import type { FaultPlatform } from './fault-platform';

/** The session advisory lock an active relay holds (libs/messaging/src/outbox-relay.ts). */
const relayLockKey = (service: ServiceName) => `outbox-relay:${service}`;

/** How many sessions of the service's relays hold the relay lock right now (0 or 1). */
export async function relayLockHolders(platform: FaultPlatform, service: ServiceName): Promise<number> {
  const [{ holders }] = await platform.rows<{ holders: number }>(
    `SELECT count(*)::int AS holders
       FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND a.application_name = 'outbox-relay' AND a.usename = $1`,
    [`crm_${service}`],
  );
  return holders;
}

/**
 * Takes the relay lock from the test itself, so every relay of the service stands by and its
 * outbox fills up: a backlog made without touching Kafka or the service. `release()` lets a
 * relay have it again.
 */
export async function holdRelayLock(platform: FaultPlatform, service: ServiceName) {
  const url = new URL(platform.postgres.adminUrl);
  url.pathname = '/crm';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  await client.query('SELECT pg_advisory_lock(hashtext($1))', [relayLockKey(service)]);
  return { release: () => client.end() };
}

export async function pendingOutboxRows(platform: FaultPlatform, service: ServiceName): Promise<number> {
  const [{ pending }] = await platform.rows<{ pending: number }>(
    `SELECT count(*)::int AS pending FROM ${service}.outbox WHERE sent_at IS NULL`,
  );
  return pending;
}
