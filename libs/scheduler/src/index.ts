export * from './clock';
export * from './cron-slot';
export * from './job-definition';
export * from './job-poll-interval';
export * from './scheduler';
export * from './zoned-time';
export * from './service-scheduler';
export * from './queue-states';
