import type { AnyCloudEvent } from '@crm/events';
import { appendToOutbox } from '@crm/messaging';
import type { TestPlatform } from '@crm/platform-testing';

/**
 * Publishes a customer-service event the way the customer service does: through its outbox, so it
 * reaches sales over real Kafka and sales' consumer.
 */
export const publishFromCustomerService = (platform: TestPlatform, event: AnyCloudEvent) =>
  platform.subgraphs.customer.dataSource.transaction((manager) => appendToOutbox(manager, [event]));
