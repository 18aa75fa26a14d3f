import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createServiceDataSource, runMigrations } from '@crm/db';
import { createLogger } from '@crm/logger';
import { testServiceEnv } from '@crm/testing';
import { createKafka } from '../src/kafka-client';
import { InboxMessage } from '../src/inbox-message.entity';
import { MessagingTables1764000000000 } from '../src/messaging-tables.migration';
import { OutboxMessage } from '../src/outbox-message.entity';

/** The marketing schema serves as a scratch service for the messaging mechanisms. */
export const SCRATCH_SERVICE = 'marketing';

export const scratchDatabaseUrl = () => testServiceEnv(SCRATCH_SERVICE, 'messaging').DATABASE_URL;

/** The scratch schema with its outbox and inbox; `databaseUrl` may lead through a DatabaseDoor. */
export async function scratchDataSource(
  databaseUrl = scratchDatabaseUrl(),
): Promise<{ dataSource: DataSource; databaseUrl: string }> {
  const dataSource = createServiceDataSource({
    url: databaseUrl,
    schema: SCRATCH_SERVICE,
    entities: [OutboxMessage, InboxMessage],
    migrations: [MessagingTables1764000000000],
  });
  await dataSource.initialize();
  await runMigrations(dataSource);
  return { dataSource, databaseUrl };
}

export const testLogger = createLogger('messaging-test', 'silent');

export const testKafka = () =>
  createKafka(
    `messaging-test-${randomUUID().slice(0, 6)}`,
    [testServiceEnv(SCRATCH_SERVICE, '').KAFKA_BROKERS],
    testLogger,
  );

export { sampleCustomerCreatedEvent as customerCreatedEvent } from '@crm/testing';
