import type { ServiceName } from '@crm/config';
import type { RunningSubgraph } from '@crm/subgraph-kit';
import { SERVICE_STARTERS } from './service-starters';
import type { TestPlatform } from './start-platform';

/**
 * Stops one of the platform's subgraphs and starts it again in this process on the same port,
 * with the same config and consumer group, as a rolling deployment replaces an instance.
 */
export async function restartSubgraph(
  platform: TestPlatform,
  service: ServiceName,
): Promise<RunningSubgraph> {
  const { config, port } = platform.subgraphs[service];
  await platform.subgraphs[service].stop();
  const restarted = await SERVICE_STARTERS[service]({ ...config, port });
  platform.subgraphs[service] = restarted;
  return restarted;
}
