import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LedgerFigures } from './event-ledger';
import type { ReadModelDrift } from './read-models';

const REPORT_FILE = path.join(__dirname, '..', '.results', 'faults-report.json');

/** One scenario's line in the closing note. */
export interface ScenarioReport {
  scenario: string;
  figures?: LedgerFigures;
  drift?: ReadModelDrift;
  /** From the moment the fault ended (a restart, a resume) until everything had caught up. */
  recoveryMs?: number;
  /** Anything else the scenario measured (e.g. breaker state, answers by code). */
  measured?: Record<string, unknown>;
  finishedAt?: string;
}

/**
 * Prints the scenario's figures and appends them to tests/faults/.results/faults-report.json,
 * so a whole run leaves one file to quote from.
 */
export function recordScenario(report: ScenarioReport): void {
  const entry = { ...report, finishedAt: new Date().toISOString() };
  const { figures, recoveryMs } = report;
  const summary = figures
    ? `acknowledged ${figures.acknowledged} · outbox ${figures.outbox} · on topic ${figures.onTopic} · ` +
      `applied ${figures.applied}/${figures.expectedApplied} · lost ${figures.lost} · duplicated ${figures.duplicated} · ` +
      `dead-lettered ${figures.deadLettered}`
    : '';
  const recovery = recoveryMs === undefined ? '' : ` · recovered in ${(recoveryMs / 1000).toFixed(1)} s`;
  console.log(`[faults] ${report.scenario}: ${summary}${recovery}\n${JSON.stringify(entry, null, 2)}`);
  mkdirSync(path.dirname(REPORT_FILE), { recursive: true });
  writeFileSync(REPORT_FILE, JSON.stringify([...previousEntries(), entry], null, 2));
}

function previousEntries(): ScenarioReport[] {
  try {
    return JSON.parse(readFileSync(REPORT_FILE, 'utf8')) as ScenarioReport[];
  } catch {
    return [];
  }
}
