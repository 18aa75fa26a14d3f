import { randomUUID } from 'node:crypto';
import { loadServiceConfig, type ServiceConfig } from '@crm/config';
import type { Clock } from '@crm/scheduler';
import { testServiceEnv, type TestPlatform } from '@crm/platform-testing';
import { startServiceSubgraph, type RunningService } from '../../src/service-subgraph';

const JOB_ENV = { JOB_POLL_INTERVAL_MS: '500' };

function serviceConfig(platform: TestPlatform, port: number): ServiceConfig {
  const env = testServiceEnv('service', randomUUID().slice(0, 8), Number(platform.gatewayEnv.PORT));
  return loadServiceConfig('service', { ...env, PORT: String(port) });
}

/**
 * Stops the platform's service subgraph and starts it again on the same port with `clock`, the way a
 * deployment restarts it: the gateway keeps talking to it, its jobs and `Ticket.sla` take "now"
 * from the test.
 */
export async function restartService(platform: TestPlatform, clock: Clock): Promise<RunningService> {
  const { port } = platform.subgraphs.service;
  await platform.subgraphs.service.stop();
  const service = await startServiceSubgraph(serviceConfig(platform, port), { clock, env: JOB_ENV });
  platform.subgraphs.service = service;
  return service;
}
