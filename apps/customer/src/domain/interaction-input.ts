import { z } from 'zod';
import { InputProblems } from '@crm/errors';
import { collectInput, unrefused } from './parse-input';
import {
  FUTURE_TOLERANCE_MS,
  INTERACTION_DIRECTIONS,
  INTERACTION_OUTCOMES,
  INTERACTION_TYPES,
  MAX_DURATION_MINUTES,
  MAX_OUTCOME_NOTE_LENGTH,
  MAX_PARTICIPANTS_PER_KIND,
  MAX_SUMMARY_LENGTH,
  TIMED_INTERACTION_TYPES,
  type InteractionDirection,
  type InteractionOutcome,
  type InteractionType,
} from './interaction-vocabulary';

/** What a communication record says, validated and normalised. */
export interface InteractionDetails {
  type: InteractionType;
  direction: InteractionDirection;
  occurredAt: Date;
  durationMinutes: number | null;
  /** The customer's contacts who took part (checked against the customer by the caller). */
  contactIds: string[];
  /** Colleagues who took part. */
  userIds: string[];
  /** People outside the CRM, by name (an assistant, a lawyer). */
  externalParticipants: string[];
  summary: string;
  outcome: InteractionOutcome | null;
  outcomeNote: string | null;
}

export interface NewInteraction extends InteractionDetails {
  customerId: string;
}

const unique = (values: string[]) => [...new Set(values)];
const atMost = `at most ${MAX_PARTICIPANTS_PER_KIND} participants of each kind`;

const idList = (what: string) =>
  z
    .array(z.uuid(`must be ${what} id (UUID)`).transform((id) => id.toLowerCase()))
    .max(MAX_PARTICIPANTS_PER_KIND, atMost)
    .transform(unique);

const FIELDS = {
  type: z.enum(INTERACTION_TYPES),
  direction: z.enum(INTERACTION_DIRECTIONS),
  occurredAt: z.date({ error: 'must be an ISO-8601 date-time such as 2026-11-24T10:00:00Z' }),
  durationMinutes: z
    .int('must be a whole number of minutes')
    .min(0, { error: (issue) => `must be 0 or more minutes (got ${String(issue.input)})` })
    .max(MAX_DURATION_MINUTES, {
      error: (issue) => `must be at most ${MAX_DURATION_MINUTES} minutes (got ${String(issue.input)})`,
    })
    .nullable(),
  contactIds: idList('a contact'),
  userIds: idList('a user'),
  externalParticipants: z
    .array(z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'))
    .max(MAX_PARTICIPANTS_PER_KIND, atMost)
    .transform(unique),
  summary: z
    .string()
    .trim()
    .min(1, 'must not be empty: say what was discussed')
    .max(MAX_SUMMARY_LENGTH, {
      error: (issue) =>
        `must be at most ${MAX_SUMMARY_LENGTH} characters (got ${String((issue.input as string).length)})`,
    }),
  outcome: z.enum(INTERACTION_OUTCOMES).nullable(),
  outcomeNote: z
    .string()
    .trim()
    .max(MAX_OUTCOME_NOTE_LENGTH, `must be at most ${MAX_OUTCOME_NOTE_LENGTH} characters`)
    .nullable()
    .transform((note) => note || null),
};

/** Absent or null: the default (lists empty, optional values null). */
const orDefault = <T extends z.ZodType>(schema: T, fallback: z.output<T>) =>
  schema.nullish().transform((value) => value ?? fallback);

const newInteractionSchema = z.object({
  customerId: z.uuid('must be a customer id (UUID)').transform((id) => id.toLowerCase()),
  type: FIELDS.type,
  direction: FIELDS.direction,
  occurredAt: FIELDS.occurredAt,
  durationMinutes: orDefault(FIELDS.durationMinutes, null),
  contactIds: orDefault(FIELDS.contactIds, []),
  userIds: orDefault(FIELDS.userIds, []),
  externalParticipants: orDefault(FIELDS.externalParticipants, []),
  summary: FIELDS.summary,
  outcome: orDefault(FIELDS.outcome, null),
  outcomeNote: orDefault(FIELDS.outcomeNote, null),
});

/** Every field may be left out (kept as it is); null clears an optional one and is refused for the others. */
const changesSchema = z.object({
  type: FIELDS.type.optional(),
  direction: FIELDS.direction.optional(),
  occurredAt: FIELDS.occurredAt.optional(),
  durationMinutes: FIELDS.durationMinutes.optional(),
  contactIds: FIELDS.contactIds.optional(),
  userIds: FIELDS.userIds.optional(),
  externalParticipants: FIELDS.externalParticipants.optional(),
  summary: FIELDS.summary.optional(),
  outcome: FIELDS.outcome.optional(),
  outcomeNote: FIELDS.outcomeNote.optional(),
});

/**
 * The rules that tie fields together; they hold for a new record and for one after any update.
 * `details` may lack the fields the schema refused: their rules wait until those are fixed.
 */
function checkConsistent(
  problems: InputProblems,
  details: Partial<InteractionDetails>,
  now: Date,
  path: string,
): void {
  const { type, durationMinutes, occurredAt } = details;
  if (type && TIMED_INTERACTION_TYPES.has(type) && durationMinutes === null) {
    problems.add(
      `${path}.durationMinutes`,
      `is required for a ${type}: how many minutes it took (0 or more)`,
    );
  }
  if (occurredAt instanceof Date && occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    problems.add(
      `${path}.occurredAt`,
      `must not be in the future (got ${occurredAt.toISOString()}): log what happened, schedule what is planned as an activity`,
    );
  }
}

/** The values of the fields the schema let through, as the schema would give them. */
function acceptedFields(input: unknown, refused: ReadonlySet<string>, path: string) {
  const fields = unrefused(input, refused, path);
  return {
    type: fields.type as InteractionType | undefined,
    occurredAt: fields.occurredAt as Date | undefined,
    // Left out means none; refused means unknown, so its rule waits.
    durationMinutes: refused.has(`${path}.durationMinutes`)
      ? undefined
      : ((fields.durationMinutes ?? null) as number | null),
  };
}

/** Validates and normalises logInteraction's input; every invalid field is reported at once. */
export function parseNewInteraction(input: unknown, now: Date, path = 'input'): NewInteraction {
  const problems = new InputProblems();
  const { value, refused } = collectInput(problems, newInteractionSchema, input, path);
  checkConsistent(problems, value ?? acceptedFields(input, refused, path), now, path);
  problems.throwIfAny();
  return value!;
}

/** Only the record's details: a stored row passed as `current` brings its id, version and times too. */
const detailsOf = (record: InteractionDetails): InteractionDetails => ({
  type: record.type,
  direction: record.direction,
  occurredAt: record.occurredAt,
  durationMinutes: record.durationMinutes,
  contactIds: record.contactIds,
  userIds: record.userIds,
  externalParticipants: record.externalParticipants,
  summary: record.summary,
  outcome: record.outcome,
  outcomeNote: record.outcomeNote,
});

/** The record after updateInteraction's changes, which must leave it as valid as a new one. */
export function applyInteractionChanges(
  current: InteractionDetails,
  input: unknown,
  now: Date,
  path = 'input',
): InteractionDetails {
  const problems = new InputProblems();
  const { value: changes, refused } = collectInput(problems, changesSchema, input, path);
  const given = Object.fromEntries(
    Object.entries(changes ?? unrefused(input, refused, path)).filter(([, value]) => value !== undefined),
  );
  const details = { ...detailsOf(current), ...given } as InteractionDetails;
  checkConsistent(problems, details, now, path);
  problems.throwIfAny();
  return details;
}
