export * from './audit-event';
export * from './change-scope';
export * from './run-change';
export * from './run-idempotently';
