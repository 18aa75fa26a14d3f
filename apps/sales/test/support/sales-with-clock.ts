import { randomUUID } from 'node:crypto';
import { loadServiceConfig, type ServiceConfig } from '@crm/config';
import type { Clock, Scheduler } from '@crm/scheduler';
import { testServiceEnv, type TestPlatform } from '@crm/platform-testing';
import { startSalesJobs } from '../../src/jobs/sales-jobs';
import { startSalesSubgraph, type RunningSales } from '../../src/sales-subgraph';

const JOB_ENV = { JOB_POLL_INTERVAL_MS: '500' };

function salesConfig(platform: TestPlatform, port: number): ServiceConfig {
  const env = testServiceEnv('sales', randomUUID().slice(0, 8), Number(platform.gatewayEnv.PORT));
  return loadServiceConfig('sales', { ...env, PORT: String(port) });
}

/**
 * Stops the platform's sales service and starts it again on the same port with `clock`, the way a
 * deployment restarts it: the gateway keeps talking to it, its jobs take "now" from the test.
 * `whileDown` runs between the stop and the start.
 */
export async function restartSales(
  platform: TestPlatform,
  clock: Clock,
  whileDown: () => void = () => {},
): Promise<RunningSales> {
  const { port } = platform.subgraphs.sales;
  await platform.subgraphs.sales.stop();
  whileDown();
  const sales = await startSalesSubgraph(salesConfig(platform, port), { clock, env: JOB_ENV });
  platform.subgraphs.sales = sales;
  return sales;
}

/** A second replica's scheduler for the same sales schema, as another sales process would run. */
export function startSalesJobsReplica(
  platform: TestPlatform,
  sales: RunningSales,
  clock: Clock,
): Promise<Scheduler> {
  return startSalesJobs(salesConfig(platform, 0), sales.dataSource, sales.logger, { clock, env: JOB_ENV });
}
