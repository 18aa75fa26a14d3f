// @ts-check
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

const PROJECTS = ['unit', 'integration', 'faults'];

// `jest --selectProjects integration some/file` reads the path as a second project name and runs
// every test; stop before that and say how to ask.
const selectAt = process.argv.indexOf('--selectProjects');
if (selectAt >= 0) {
  for (const value of process.argv.slice(selectAt + 1)) {
    if (value.startsWith('-')) break;
    if (!PROJECTS.includes(value)) {
      throw new Error(
        `"${value}" after --selectProjects is read as a project name (${PROJECTS.join(', ')}): put test paths before --selectProjects`,
      );
    }
  }
}

const shared = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  rootDir: __dirname,
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testPathIgnorePatterns: ['/node_modules/', '/.cache/', '/dist/'],
};

// Unit tests need nothing running; integration tests get real Postgres and Kafka from the global setup.
/** @type {import('jest').Config} */
module.exports = {
  // Jest 30 reads testTimeout from the root config only; integration hooks start whole platforms.
  testTimeout: 120000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/**/__tests__/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/**/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      setupFiles: ['<rootDir>/libs/testing/src/worker-isolation.ts'],
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
      slowTestThreshold: 30,
    },
    // Each fault scenario brings its own broker, Postgres cluster and service processes (tests/faults).
    {
      ...shared,
      displayName: 'faults',
      testMatch: ['<rootDir>/tests/faults/**/*.fault-spec.ts'],
      globalSetup: '<rootDir>/tests/faults/harness/build-apps.ts',
      slowTestThreshold: 120,
    },
  ],
};
