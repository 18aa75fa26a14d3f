import { randomUUID } from 'node:crypto';
import { loadMailConfig, loadServiceConfig } from '@crm/config';
import type { Clock } from '@crm/scheduler';
import { testServiceEnv, type TestPlatform } from '@crm/platform-testing';
import { startNotificationSubgraph, type RunningNotification } from '../../src/notification-subgraph';

/**
 * Stops the platform's notification service and starts it again on the same port, mailing through
 * the test's own SMTP server and taking "now" from the test's clock, the way a deployment restarts
 * it with new settings: the gateway keeps talking to it.
 */
export async function restartNotification(
  platform: TestPlatform,
  { smtpPort, clock }: { smtpPort: number; clock: Clock },
): Promise<RunningNotification> {
  const { port } = platform.subgraphs.notification;
  await platform.subgraphs.notification.stop();
  const env = testServiceEnv('notification', randomUUID().slice(0, 8), Number(platform.gatewayEnv.PORT));
  const notification = await startNotificationSubgraph(
    loadServiceConfig('notification', { ...env, PORT: String(port) }),
    {
      clock,
      env: { JOB_POLL_INTERVAL_MS: '500' },
      mail: loadMailConfig({
        NODE_ENV: 'test',
        MAIL_DOMAIN: 'crm.test',
        MAIL_FROM: 'CRM <notify@crm.test>',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtpPort),
      }),
    },
  );
  platform.subgraphs.notification = notification;
  return notification;
}
