export * from './create-data-source';
export * from './run-migrations';
export * from './schema-of';
export * from './query-observer';
export * from './new-id';
export * from './money';
export * from './optimistic-update';
export * from './currency-minor-units';
