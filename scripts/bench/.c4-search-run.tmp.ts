import { loadInfrastructureConfig } from '@crm/config';
import { startPlatform, tokenFor } from '@crm/testing';
import { bootstrapDatabase, dropDatabase, ensureKafka, ensurePostgres } from '../../infra';
import { benchCustomerSearch } from './customer-search.bench';

const DB = 'crm_bench_c4';
async function main() {
  const infrastructure = loadInfrastructureConfig();
  const postgres = await ensurePostgres();
  await ensureKafka(infrastructure.kafkaBrokers);
  await dropDatabase(postgres.adminUrl, DB);
  await bootstrapDatabase({ adminUrl: postgres.adminUrl, databaseName: DB });
  Object.assign(process.env, {
    CRM_TEST_ADMIN_URL: postgres.adminUrl,
    CRM_TEST_DATABASE: DB,
    KAFKA_BROKERS: infrastructure.kafkaBrokers.join(','),
    CRM_TEST_RUN_ID: `bench-c4-${Date.now().toString(36)}`,
  });
  const platform = await startPlatform();
  try {
    await benchCustomerSearch(platform, await tokenFor());
  } finally {
    await platform.stop();
    await dropDatabase(postgres.adminUrl, DB);
  }
}
main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
