import type { AllowList, AllowedChange } from './allow-file';
import type { SchemaChange } from './schema-change';

export interface SchemaCheckVerdict {
  readonly passed: boolean;
  /** One line per change or problem; additive changes are counted per subject. */
  readonly lines: readonly string[];
  /** e.g. "1 breaking, 1 allowed, 0 dangerous, 3 safe". */
  readonly counts: string;
}

/**
 * Fails on a breaking change the allow-file does not list, on a problem in the allow-file and on a
 * stale generated file; everything else passes.
 */
export function schemaCheckVerdict(
  changes: readonly SchemaChange[],
  allowList: AllowList,
  staleFiles: readonly string[],
): SchemaCheckVerdict {
  const allowanceOf = (change: SchemaChange) =>
    allowList.entries.find((entry) => entry.subject === change.subject && entry.change === change.message);
  const breaking = changes.filter((change) => change.level === 'breaking' && !allowanceOf(change));
  const allowed = changes.filter((change) => change.level === 'breaking' && allowanceOf(change));
  const dangerous = changes.filter((change) => change.level === 'dangerous');
  const safe = changes.filter((change) => change.level === 'safe');
  const unused = allowList.entries.filter(
    (entry) => !allowed.some((change) => allowanceOf(change) === entry),
  );
  const lines = [
    ...breaking.map((change) => line('BREAKING', change)),
    ...allowed.map((change) => `${line('allowed', change)} (${reasonOf(allowanceOf(change)!)})`),
    ...dangerous.map((change) => line('dangerous', change)),
    ...safeCountsBySubject(safe),
    ...unused.map(
      (entry) => `  unused    allow-file entry ${entry.subject}: ${entry.change} (remove it once merged)`,
    ),
    ...allowList.problems.map((problem) => `  PROBLEM   ${problem}`),
    ...staleFiles.map((problem) => `  STALE     ${problem}`),
  ];
  return {
    passed: breaking.length === 0 && allowList.problems.length === 0 && staleFiles.length === 0,
    lines,
    counts: `${breaking.length} breaking, ${allowed.length} allowed, ${dangerous.length} dangerous, ${safe.length} safe`,
  };
}

function line(label: string, { subject, message }: SchemaChange): string {
  return `  ${label.padEnd(9)} ${subject}: ${message}`;
}

function safeCountsBySubject(safe: readonly SchemaChange[]): string[] {
  const subjects = [...new Set(safe.map((change) => change.subject))];
  return subjects.map((subject) => {
    const changes = safe.filter((change) => change.subject === subject);
    return changes.length === 1
      ? line('safe', changes[0])
      : `  ${'safe'.padEnd(9)} ${subject}: ${changes.length} additive changes`;
  });
}

function reasonOf({ reason, reviewedBy }: AllowedChange): string {
  return `${reason}; reviewed by ${reviewedBy}`;
}
