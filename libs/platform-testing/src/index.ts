// Integration tests and benches import everything from here: the platform and every test helper.
export * from '@crm/testing';
export * from './start-platform';
export * from './graphql-client';
export * from './gateway-sender';
export * from './restart-service-subgraph';
export * from './restart-subgraph';
export * from './statement-count';
export * from './trace-this-process';
