export { ensureKafka, isKafkaReachable, stopLocalKafka } from './ensure-kafka';
