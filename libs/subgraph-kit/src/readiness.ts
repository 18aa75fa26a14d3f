import type { Admin } from 'kafkajs';
import type { DataSource } from 'typeorm';

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, 'ok' | string>;
}

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)),
  ]);

async function check(run: () => Promise<unknown>): Promise<'ok' | string> {
  try {
    await withTimeout(run(), 2_000);
    return 'ok';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** `/readyz`: the service can take traffic when its database and Kafka both answer. */
export async function checkReadiness(dataSource: DataSource, kafkaAdmin: Admin): Promise<ReadinessReport> {
  const checks = {
    database: await check(() => dataSource.query('SELECT 1')),
    kafka: await check(() => kafkaAdmin.describeCluster()),
  };
  return { ready: Object.values(checks).every((status) => status === 'ok'), checks };
}
