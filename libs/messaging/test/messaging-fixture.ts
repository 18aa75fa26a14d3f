import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createServiceDataSource, newId, runMigrations } from '@crm/db';
import { buildEvent } from '@crm/events';
import { createLogger } from '@crm/logger';
import { testServiceEnv } from '@crm/testing';
import { createKafka } from '../src/kafka-client';
import { InboxMessage } from '../src/inbox-message.entity';
import { MessagingTables1764000000000 } from '../src/messaging-tables.migration';
import { OutboxMessage } from '../src/outbox-message.entity';

/** The marketing schema serves as a scratch service for the messaging mechanisms. */
export const SCRATCH_SERVICE = 'marketing';

export async function scratchDataSource(): Promise<{ dataSource: DataSource; databaseUrl: string }> {
  const databaseUrl = testServiceEnv(SCRATCH_SERVICE, 'messaging').DATABASE_URL;
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

export const testKafka = () => createKafka(`messaging-test-${randomUUID().slice(0, 6)}`, [testServiceEnv(SCRATCH_SERVICE, '').KAFKA_BROKERS], testLogger);

/** A customer.created event: a type with a real schema, on a real topic. */
export function customerCreatedEvent(customerId = newId(), name = 'Test customer') {
  return buildEvent('crm.customer.customer.created', {
    subject: customerId,
    actor: 'system',
    correlationId: randomUUID(),
    data: {
      customerId,
      kind: 'COMPANY',
      name,
      email: null,
      phone: null,
      ownerId: null,
      lifecycleStage: 'PROSPECT',
      createdAt: new Date().toISOString(),
    },
  });
}
