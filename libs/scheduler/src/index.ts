export * from './clock';
export * from './cron-slot';
export * from './job-definition';
export * from './scheduler';
export * from './zoned-time';
