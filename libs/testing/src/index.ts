export * from './test-environment';
export * from './start-platform';
export * from './graphql-client';
export * from './wait-for';
export * from './event-probe';
export * from './sample-events';
export * from './free-port';
