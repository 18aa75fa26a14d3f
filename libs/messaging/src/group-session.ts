/**
 * How long the broker waits for a silent member before it hands that member's partitions to the
 * others. kafkajs' default of 30 s kept the partitions of a killed consumer idle for 30 s; 10 s is
 * still well inside the broker's allowed range (group.min.session.timeout.ms, 6 s by default).
 * Constants: @crm/config has no consumer session settings.
 */
export const CONSUMER_SESSION_TIMEOUT_MS = 10_000;

/** Kafka recommends at most a third of the session timeout; a heartbeat is a tiny request. */
export const CONSUMER_HEARTBEAT_INTERVAL_MS = 1_000;

/** Joining a group retries for as long as it takes: 250 ms, doubling to 15 s between attempts. */
export const JOIN_RETRY_BASE_MS = 250;
export const JOIN_RETRY_MAX_MS = 15_000;
