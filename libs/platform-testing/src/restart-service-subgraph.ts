import { randomUUID } from 'node:crypto';
import { loadMailConfig, loadServiceConfig } from '@crm/config';
import { startServiceSubgraph } from '@crm/service';
import { testServiceEnv } from '@crm/testing';
import type { TestPlatform } from './start-platform';

export type RestartedServiceSubgraph = Awaited<ReturnType<typeof startServiceSubgraph>>;
type ServiceClock = NonNullable<Parameters<typeof startServiceSubgraph>[1]>['clock'];

/**
 * Stops the platform's service subgraph and starts it again on the same port, as a deployment
 * would, with the test's clock (SLA jobs, surveys) and, given an SMTP server, outgoing mail (the
 * platform's copy sends none): for other apps' tests, which may not import the service app.
 */
export async function restartServiceSubgraph(
  platform: TestPlatform,
  options: { clock: ServiceClock; smtp?: { host: string; port: number }; env?: Record<string, string> },
): Promise<RestartedServiceSubgraph> {
  const { port } = platform.subgraphs.service;
  await platform.subgraphs.service.stop();
  const env = {
    ...testServiceEnv('service', randomUUID().slice(0, 8), Number(platform.gatewayEnv.PORT)),
    ...options.env,
  };
  const smtp = options.smtp;
  const service = await startServiceSubgraph(loadServiceConfig('service', { ...env, PORT: String(port) }), {
    clock: options.clock,
    mail: smtp ? loadMailConfig({ ...env, SMTP_HOST: smtp.host, SMTP_PORT: String(smtp.port) }) : undefined,
    env,
  });
  platform.subgraphs.service = service;
  return service;
}
