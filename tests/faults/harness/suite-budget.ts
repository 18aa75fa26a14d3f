/**
 * The fault suite runs inside `npm test`, whose CI total must stay under 30 minutes: once
 * FAULTS_BUDGET_MINUTES (default 10) have passed since the suite began, no further scenario
 * starts; it fails saying so, and the scenarios already running clean up as usual.
 */
const BUDGET_MINUTES = Number(process.env.FAULTS_BUDGET_MINUTES ?? 10);

/** Set by the global setup, read by each scenario (Jest passes the environment on). */
export const SUITE_STARTED_AT = 'CRM_FAULTS_STARTED_AT';

export function markSuiteStart(): void {
  process.env[SUITE_STARTED_AT] = String(Date.now());
}

export function assertBudgetLeft(): void {
  const startedAt = Number(process.env[SUITE_STARTED_AT] ?? Date.now());
  const spentMinutes = (Date.now() - startedAt) / 60_000;
  if (spentMinutes > BUDGET_MINUTES) {
    throw new Error(
      `the fault suite has run ${spentMinutes.toFixed(1)} of its ${BUDGET_MINUTES} minutes (FAULTS_BUDGET_MINUTES): scenario not started`,
    );
  }
}
