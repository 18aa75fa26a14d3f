export { ensureKafka, isKafkaReachable, localKafkaLogFile, stopLocalKafka } from './ensure-kafka';
export { provisionPlatformTopics, serviceConsumerGroupIds } from './platform-topics';
