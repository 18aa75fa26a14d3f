import { randomUUID } from 'node:crypto';
import { startAnalyticsSubgraph, type AnalyticsOptions, type RunningAnalytics } from '@crm/analytics';
import { loadServiceConfig } from '@crm/config';
import type { TestPlatform } from '@crm/platform-testing';
import { testServiceEnv } from '@crm/testing';

/** Starts analytics again on its port with the test's clock and settings, behind the same gateway. */
export async function restartAnalytics(
  platform: TestPlatform,
  options: { clock?: AnalyticsOptions['clock']; env?: Record<string, string> } = {},
): Promise<RunningAnalytics> {
  const { port } = platform.subgraphs.analytics;
  await platform.subgraphs.analytics.stop();
  const env = {
    ...testServiceEnv('analytics', randomUUID().slice(0, 8), Number(platform.gatewayEnv.PORT)),
    ...options.env,
  };
  const analytics = await startAnalyticsSubgraph(
    loadServiceConfig('analytics', { ...env, PORT: String(port) }),
    {
      clock: options.clock,
      env,
    },
  );
  platform.subgraphs.analytics = analytics;
  return analytics;
}
