// The platform's one-off setup before any service starts, in one process for a container
// (docker compose's platform-setup, the Kubernetes platform-setup Job): the database with one
// role and schema per service, then every Kafka topic. Both steps are idempotent.
import { loadInfrastructureConfig } from '@crm/config';
import { provisionPlatformTopics, serviceConsumerGroupIds } from './kafka/platform-topics';
import { bootstrapDatabase } from './postgres/bootstrap-database';

const log = (message: string) => console.log(`[platform-setup] ${message}`);

async function setUpPlatform(): Promise<void> {
  const { adminDatabaseUrl, databaseName, kafkaBrokers } = loadInfrastructureConfig();
  log(`bootstrapping database ${databaseName} on ${new URL(adminDatabaseUrl).host}`);
  await bootstrapDatabase({ adminUrl: adminDatabaseUrl, databaseName, log });
  log(`creating the platform's topics on ${kafkaBrokers.join(',')}`);
  const topics = await provisionPlatformTopics(kafkaBrokers, serviceConsumerGroupIds(), log);
  log(`${topics} topics ready, every partition with a leader`);
}

setUpPlatform().catch((error: unknown) => {
  console.error(`[platform-setup] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
