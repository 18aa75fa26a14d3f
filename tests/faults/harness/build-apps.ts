import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { markSuiteStart } from './suite-budget';

const run = promisify(execFile);
const REPOSITORY_ROOT = path.join(__dirname, '..', '..', '..');

/** The apps a scenario may run as processes. */
export const FAULT_SUITE_APPS = ['identity', 'customer', 'sales', 'analytics', 'gateway'] as const;

/**
 * Jest's global setup of the fault suite: starts its time budget and bundles each app as it ships (scripts/build-app.mjs,
 * dist/apps/<app>/main.js). A bundle starts in about half the time of the sources through tsx,
 * and the suite starts about thirty processes.
 */
export default async function buildApps(): Promise<void> {
  markSuiteStart();
  const started = Date.now();
  await Promise.all(
    FAULT_SUITE_APPS.map((app) =>
      run(process.execPath, ['scripts/build-app.mjs', path.join('apps', app)], { cwd: REPOSITORY_ROOT }),
    ),
  );
  console.log(
    `\n[faults] built ${FAULT_SUITE_APPS.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
