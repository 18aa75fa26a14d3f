import { InboxMessage, MessagingTables1764000000000, OutboxMessage } from '@crm/messaging';
import type { ServiceDataSourceOptions } from '@crm/db';
import { IdempotencyKeys1764000000001 } from './idempotency-keys.migration';

const asArray = <T>(list: T[] | Record<string, T>): T[] => (Array.isArray(list) ? list : Object.values(list));

/** A service's entities: the outbox and inbox every service has, then the app's own. */
export const serviceEntities = (entities: ServiceDataSourceOptions['entities']) => [
  OutboxMessage,
  InboxMessage,
  ...asArray(entities),
];

/** A service's migrations: the outbox, inbox and idempotency keys first, then the app's own. */
export const serviceMigrations = (migrations: ServiceDataSourceOptions['migrations']) => [
  MessagingTables1764000000000,
  IdempotencyKeys1764000000001,
  ...asArray(migrations),
];
