// `npm run kafka:topics`: creates every topic of the platform on KAFKA_BROKERS (npm start and
// docker compose run it before any service starts). Safe to run again.
import { loadInfrastructureConfig } from '@crm/config';
import { provisionPlatformTopics, serviceConsumerGroupIds } from './platform-topics';

const log = (message: string) => console.log(`[kafka:topics] ${message}`);
const { kafkaBrokers } = loadInfrastructureConfig();
log(`creating the platform's topics on ${kafkaBrokers.join(',')}`);
provisionPlatformTopics(kafkaBrokers, serviceConsumerGroupIds(), log).then(
  (count) => log(`${count} topics ready, every partition with a leader`),
  (error: unknown) => {
    console.error(`[kafka:topics] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
