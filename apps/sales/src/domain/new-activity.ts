import { z } from 'zod';
import { badUserInput, InputProblems } from '@crm/errors';
import { parseInput } from './input-parsing';

export const ACTIVITY_TYPES = ['CALL', 'MEETING', 'TODO'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** What an activity is about: exactly one of a customer, a lead or an opportunity. */
export type ActivityLink =
  | { kind: 'customer'; customerId: string }
  | { kind: 'lead'; leadId: string }
  | { kind: 'opportunity'; opportunityId: string };

export interface NewActivity {
  type: ActivityType;
  subject: string;
  notes: string | null;
  dueAt: Date;
  remindAt: Date | null;
  link: ActivityLink;
  ownerId: string | null;
}

const subject = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const notes = z.string().max(10_000, 'must be at most 10000 characters').nullish();
// The DateTime scalar hands resolvers Date objects; strings are accepted for other callers.
const instant = z.coerce.date({ message: 'must be an ISO-8601 date-time' });

const inputSchema = z.object({
  type: z.enum(ACTIVITY_TYPES),
  subject,
  notes,
  dueAt: instant,
  remindAt: instant.nullish(),
  customerId: z.uuid('must be a customer id (UUID)').nullish(),
  leadId: z.uuid('must be a lead id (UUID)').nullish(),
  opportunityId: z.uuid('must be an opportunity id (UUID)').nullish(),
  ownerId: z.uuid('must be a user id (UUID)').nullish(),
});

/** A reminder is for before the activity is due, not after. */
export function assertReminder(dueAt: Date, remindAt: Date | null, field: string): void {
  if (remindAt && remindAt > dueAt)
    throw badUserInput(
      field,
      `must be at or before the due time ${dueAt.toISOString()} (got ${remindAt.toISOString()})`,
    );
}

function linkOf(fields: z.infer<typeof inputSchema>, path: string): ActivityLink {
  const links: ActivityLink[] = [];
  if (fields.customerId) links.push({ kind: 'customer', customerId: fields.customerId.toLowerCase() });
  if (fields.leadId) links.push({ kind: 'lead', leadId: fields.leadId.toLowerCase() });
  if (fields.opportunityId)
    links.push({ kind: 'opportunity', opportunityId: fields.opportunityId.toLowerCase() });
  if (links.length !== 1)
    throw badUserInput(
      `${path}.${links.length === 0 ? 'customerId' : links[1].kind + 'Id'}`,
      `give exactly one of customerId, leadId or opportunityId (got ${links.length})`,
    );
  return links[0];
}

/** Validates scheduleActivity's input. */
export function parseNewActivity(input: unknown, path = 'input'): NewActivity {
  const fields = parseInput(inputSchema, input, path);
  const dueAt = fields.dueAt;
  const remindAt = fields.remindAt ?? null;
  const problems = new InputProblems();
  problems.check(() => assertReminder(dueAt, remindAt, `${path}.remindAt`));
  const link = problems.check(() => linkOf(fields, path));
  problems.throwIfAny();
  return {
    type: fields.type,
    subject: fields.subject,
    notes: fields.notes ?? null,
    dueAt,
    remindAt,
    link: link!,
    ownerId: fields.ownerId?.toLowerCase() ?? null,
  };
}

export interface ActivityChanges {
  subject?: string;
  notes?: string | null;
  dueAt?: Date;
  remindAt?: Date | null;
}

const changesSchema = z.object({ subject, notes, dueAt: instant, remindAt: instant.nullable() }).partial();

/** Validates updateActivity's input against the activity's current times. */
export function parseActivityChanges(
  input: unknown,
  current: { dueAt: Date; remindAt: Date | null },
  path = 'input',
): ActivityChanges {
  const fields = parseInput(changesSchema, input ?? {}, path);
  const changes: ActivityChanges = {};
  if (fields.subject !== undefined) changes.subject = fields.subject;
  if (fields.notes !== undefined) changes.notes = fields.notes;
  if (fields.dueAt !== undefined) changes.dueAt = fields.dueAt;
  if (fields.remindAt !== undefined) changes.remindAt = fields.remindAt;
  assertReminder(
    changes.dueAt ?? current.dueAt,
    changes.remindAt === undefined ? current.remindAt : changes.remindAt,
    `${path}.remindAt`,
  );
  return changes;
}
