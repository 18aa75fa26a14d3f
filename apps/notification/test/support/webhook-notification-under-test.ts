import { randomUUID } from 'node:crypto';
import { loadServiceConfig } from '@crm/config';
import {
  startNotificationSubgraph,
  type NotificationOptions,
  type RunningNotification,
} from '@crm/notification';
import type { TestPlatform } from '@crm/platform-testing';
import { testServiceEnv } from '@crm/testing';

/**
 * Starts notification again on its port with the test's clock and settings (e.g. a ManualClock for
 * the webhook retries, WEBHOOK_ALLOW_PRIVATE_TARGETS for a receiver on 127.0.0.1), behind the same
 * gateway. `env` adds to the test environment.
 */
export async function restartNotification(
  platform: TestPlatform,
  options: { clock?: NotificationOptions['clock']; env?: Record<string, string> } = {},
): Promise<RunningNotification> {
  const { port } = platform.subgraphs.notification;
  await platform.subgraphs.notification.stop();
  const env = {
    ...testServiceEnv('notification', randomUUID().slice(0, 8), Number(platform.gatewayEnv.PORT)),
    ...options.env,
  };
  const notification = await startNotificationSubgraph(
    loadServiceConfig('notification', { ...env, PORT: String(port) }),
    { clock: options.clock, env },
  );
  platform.subgraphs.notification = notification;
  return notification;
}
