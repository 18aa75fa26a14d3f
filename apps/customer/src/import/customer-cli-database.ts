import type { Caller } from '@crm/auth';
import { loadServiceConfig } from '@crm/config';
import { createServiceDataSource } from '@crm/db';
import { SYSTEM_ACTOR } from '@crm/events';
import { OutboxMessage } from '@crm/messaging';
import type { ChangeScope } from '@crm/subgraph-kit';
import type { DataSource } from 'typeorm';
import { Customer } from '../data/customer.entity';
import { DictionaryEntry } from '../data/dictionary-entry.entity';

/**
 * The customer service's database as the import and export commands reach it: the service's own
 * DATABASE_URL (or CUSTOMER_DATABASE_URL, as `npm start` passes it), its schema and role. Nothing
 * is migrated here: the service has run once, and its relay publishes what an import writes.
 */
export function customerCliDataSource(env: NodeJS.ProcessEnv = process.env, url?: string): DataSource {
  const databaseUrl = url ?? env.CUSTOMER_DATABASE_URL ?? loadServiceConfig('customer', env).databaseUrl;
  return createServiceDataSource({
    url: databaseUrl,
    schema: 'customer',
    entities: [Customer, DictionaryEntry, OutboxMessage],
    migrations: [],
    poolSize: 2,
    applicationName: 'crm-customer-cli',
  });
}

/** Who a command acts as: a user id given on the command line, or the system. */
export function cliScope(dataSource: DataSource, actorId: string | null, correlationId: string): ChangeScope {
  const caller: Caller = { userId: actorId ?? SYSTEM_ACTOR, roles: [], teamId: null, managedUserIds: [] };
  return { service: 'customer', caller, origin: { actor: caller.userId, correlationId }, db: dataSource };
}
