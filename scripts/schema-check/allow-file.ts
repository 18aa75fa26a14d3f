/** A breaking change a reviewer accepted, named as the check prints it. */
export interface AllowedChange {
  readonly subject: string;
  readonly change: string;
  readonly reason: string;
  readonly reviewedBy: string;
}

export interface AllowList {
  readonly entries: readonly AllowedChange[];
  /** What makes the file unusable: each one fails the check. */
  readonly problems: readonly string[];
}

const FIELDS = ['subject', 'change', 'reason', 'reviewedBy'] as const;

/**
 * Reads schema-changes.allow.json: `{ "allowed": [{ subject, change, reason, reviewedBy }] }`.
 * An entry without a reason or a reviewer is refused: the file is a record of decisions, not a mute button.
 */
export function parseAllowFile(text: string | undefined, fileName: string): AllowList {
  if (text === undefined) return { entries: [], problems: [] };
  let allowed: unknown;
  try {
    allowed = (JSON.parse(text) as { allowed?: unknown }).allowed;
  } catch (error) {
    return { entries: [], problems: [`${fileName} is not JSON: ${(error as Error).message}`] };
  }
  if (!Array.isArray(allowed)) {
    return { entries: [], problems: [`${fileName} must be { "allowed": [ ... ] }`] };
  }
  const problems = allowed.flatMap((entry: unknown, index) =>
    entryProblems(entry, `${fileName} allowed[${index}]`),
  );
  return { entries: problems.length === 0 ? (allowed as AllowedChange[]) : [], problems };
}

function entryProblems(entry: unknown, at: string): string[] {
  const fields = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
  return FIELDS.filter((field) => typeof fields[field] !== 'string' || fields[field].trim() === '').map(
    (field) => `${at}: "${field}" must be a non-empty string (${FIELD_HINTS[field]})`,
  );
}

const FIELD_HINTS: Record<(typeof FIELDS)[number], string> = {
  subject: 'the subgraph, "supergraph" or the event type, as the check prints it',
  change: "the change's message, as the check prints it",
  reason: 'why it may break: who depends on it and how they were told',
  reviewedBy: 'who accepted it in review',
};
