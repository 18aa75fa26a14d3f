import { loadServiceConfig, type ServiceName } from '@crm/config';
import type { RunningSubgraph } from '@crm/subgraph-kit';
import { testServiceEnv } from '@crm/testing';
import { SERVICE_STARTERS } from './service-starters';
import { StartDeadlineMissed, stoppedUnlessStartedInTime } from './stopped-unless-started-in-time';

/** A subgraph starts in about a second; one still starting after this is stuck (e.g. a consumer that never joins). */
const SERVICE_START_DEADLINE_MS = 40_000;

/**
 * Starts one subgraph for a test platform. A start that misses the deadline is abandoned and
 * tried once more with consumer groups of its own; a second miss fails with the service's name.
 */
export async function startServiceInTime(
  service: ServiceName,
  groupSuffix: string,
  gatewayPort: number,
): Promise<RunningSubgraph> {
  const start = (suffix: string) =>
    stoppedUnlessStartedInTime(
      SERVICE_STARTERS[service](loadServiceConfig(service, testServiceEnv(service, suffix, gatewayPort))),
      `the ${service} subgraph`,
      SERVICE_START_DEADLINE_MS,
    );
  try {
    return await start(groupSuffix);
  } catch (error) {
    if (!(error instanceof StartDeadlineMissed)) throw error;
    console.warn(`${error.message}; starting it once more`);
    return start(`${groupSuffix}-again`);
  }
}
