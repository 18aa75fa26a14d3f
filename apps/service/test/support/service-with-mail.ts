import { randomUUID } from 'node:crypto';
import { loadMailConfig, loadServiceConfig, type MailConfig } from '@crm/config';
import { testServiceEnv, type TestPlatform } from '@crm/platform-testing';
import { startServiceSubgraph, type RunningService } from '../../src/service-subgraph';

/** Mail settings for a test: replies to the test's own SMTP server, support mail on a free port. */
export function testMailConfig(relayPort: number | null, env: Record<string, string> = {}): MailConfig {
  return loadMailConfig({
    NODE_ENV: 'test',
    MAIL_DOMAIN: 'crm.test',
    ...(relayPort === null ? {} : { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(relayPort) }),
    ...env,
  });
}

/**
 * Stops the platform's service and starts it again on the same port with `mail`, the way a
 * deployment restarts it with new settings: the gateway keeps talking to it.
 */
export async function restartServiceWithMail(
  platform: TestPlatform,
  mail: MailConfig,
): Promise<RunningService> {
  const { port } = platform.subgraphs.service;
  await platform.subgraphs.service.stop();
  const env = testServiceEnv('service', randomUUID().slice(0, 8), Number(platform.gatewayEnv.PORT));
  const service = await startServiceSubgraph(loadServiceConfig('service', { ...env, PORT: String(port) }), {
    mail,
  });
  platform.subgraphs.service = service;
  return service;
}
