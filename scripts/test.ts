import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const RESULTS = 'jest-results.json';
const FAULT_RESULTS = 'jest-faults-results.json';
/**
 * Jest workers for the unit and integration tests. Each has its own database and topics; two
 * whole platforms fit in Postgres's 100 connections (small pools, JOB_POOL_SIZE) and much of a
 * test's time is spent waiting on Kafka and the consumers, so two overlap well even on two cores.
 */
const TEST_WORKERS = Number(process.env.TEST_WORKERS ?? 2);
const WORKER_MEMORY_LIMIT = '1GB';
/**
 * The fault suite's share of CI's 30 minutes: it starts no scenario once FAULTS_BUDGET_MINUTES
 * (tests/faults/harness/suite-budget.ts) are spent; a run that hangs beyond that is stopped here.
 */
const FAULTS_HARD_STOP_MS = (Number(process.env.FAULTS_BUDGET_MINUTES ?? 10) + 5) * 60_000;

/**
 * `npm test`: formatting, lint and typecheck of every project, the breaking-change gate
 * (`npm run schema:check`), then every unit and integration test, then the fault suite within its
 * time budget. Both Jest runs end up in jest-results.json,
 * which .ci/run counts.
 */
function run(command: string, args: string[], timeoutMs?: number): number {
  console.log(`\n[test] ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false' },
    timeout: timeoutMs,
  });
  if (result.error && 'code' in result.error && result.error.code === 'ETIMEDOUT') {
    console.error(`\n[test] ${command} ran for ${timeoutMs! / 60_000} minutes and was stopped`);
  }
  return result.status ?? 1;
}

/** The fault suite's results added to the others (counts summed, test files appended). */
function mergeFaultResults(): void {
  if (!existsSync(RESULTS) || !existsSync(FAULT_RESULTS)) return;
  const main = JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>;
  const faults = JSON.parse(readFileSync(FAULT_RESULTS, 'utf8')) as Record<string, unknown>;
  for (const [field, value] of Object.entries(faults)) {
    if (field.startsWith('num') && typeof value === 'number') main[field] = Number(main[field] ?? 0) + value;
  }
  main.success = main.success === true && faults.success === true;
  main.testResults = [...(main.testResults as unknown[]), ...(faults.testResults as unknown[])];
  writeFileSync(RESULTS, JSON.stringify(main));
  rmSync(FAULT_RESULTS);
}

const exitOnFailure = (status: number) => status === 0 || process.exit(status);
const filters = process.argv.slice(2);

exitOnFailure(run('npx', ['prettier', '--check', '.']));
exitOnFailure(run('npx', ['nx', 'run-many', '-t', 'lint', 'typecheck', '--outputStyle=static']));
// The breaking-change gate (README "Breaking-change gate"): against main, or itself on main.
exitOnFailure(run('npm', ['run', '--silent', 'schema:check']));
rmSync(FAULT_RESULTS, { force: true });
// Each worker has its own test database and topics (libs/testing/src/test-worker.ts). A worker
// that holds more than WORKER_MEMORY_LIMIT after a test file is replaced: the platforms the
// files start leave garbage that one long-lived process would gather until it runs out of heap.
const tests = run('npx', [
  'jest',
  `--maxWorkers=${TEST_WORKERS}`,
  `--workerIdleMemoryLimit=${WORKER_MEMORY_LIMIT}`,
  '--selectProjects',
  'unit',
  'integration',
  '--json',
  `--outputFile=${RESULTS}`,
  ...filters,
]);
// Each fault scenario runs its own broker, Postgres cluster and service processes: one at a time.
// Jest's own binary, not npx: the hard stop signals the process it started.
const faults = run(
  'node_modules/.bin/jest',
  [
    '--runInBand',
    '--passWithNoTests',
    '--json',
    `--outputFile=${FAULT_RESULTS}`,
    ...filters,
    '--selectProjects',
    'faults',
  ],
  FAULTS_HARD_STOP_MS,
);
if (faults !== 0 && !existsSync(FAULT_RESULTS) && existsSync(RESULTS)) {
  // Stopped before it could write its results: one failure, so .ci/run does not count it green.
  const main = JSON.parse(readFileSync(RESULTS, 'utf8')) as { numFailedTests: number; success: boolean };
  writeFileSync(
    RESULTS,
    JSON.stringify({ ...main, numFailedTests: main.numFailedTests + 1, success: false }),
  );
}
mergeFaultResults();
process.exit(tests !== 0 ? tests : faults);
