import { randomUUID } from 'node:crypto';
import { loadServiceConfig } from '@crm/config';
import { startMarketingSubgraph, type MarketingOptions, type RunningMarketing } from '@crm/marketing';
import type { TestPlatform } from '@crm/platform-testing';
import { testServiceEnv } from '@crm/testing';

/**
 * Starts marketing again on its port with the test's clock and settings (e.g. a ManualClock for
 * the scheduler), behind the same gateway. `env` adds to the test environment.
 */
export async function restartMarketing(
  platform: TestPlatform,
  options: { clock?: MarketingOptions['clock']; env?: Record<string, string> } = {},
): Promise<RunningMarketing> {
  const { port } = platform.subgraphs.marketing;
  await platform.subgraphs.marketing.stop();
  const env = {
    ...testServiceEnv('marketing', randomUUID().slice(0, 8), Number(platform.gatewayEnv.PORT)),
    ...options.env,
  };
  const marketing = await startMarketingSubgraph(
    loadServiceConfig('marketing', { ...env, PORT: String(port) }),
    {
      clock: options.clock,
      env,
    },
  );
  platform.subgraphs.marketing = marketing;
  return marketing;
}
