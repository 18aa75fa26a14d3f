import { z } from 'zod';
import { badUserInputs } from '@crm/errors';
import { ASSIGNMENT_RULE_KINDS } from './assignment-rule';
import { TICKET_CATEGORIES } from './ticket-category';
import { TICKET_PRIORITIES } from './ticket-priority';
import { TICKET_STATUSES } from './ticket-status';

/** Parsers of the ticket mutations' inputs: every invalid field is reported at once, with its path. */

const id = (what: string) => z.uuid(`must be ${what} id (UUID)`).transform((value) => value.toLowerCase());
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max.toLocaleString('en')} characters`)
    .nullish()
    .transform((value) => (value ? value : null));
const version = z.number().int().min(1, 'must be a version you read (≥ 1)').nullish();

function parseWith<T extends z.ZodType>(schema: T, input: unknown, path: string): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw badUserInputs(
    result.error.issues.map((issue) => ({ field: [path, ...issue.path].join('.'), message: issue.message })),
  );
}

const moveSchema = z.object({
  ticketId: id('a ticket'),
  to: oneOf(TICKET_STATUSES as [string, ...string[]]),
  reason: text(2_000),
  version,
  resolution: text(10_000),
  rootCause: text(10_000),
  correctiveAction: text(10_000),
});

export const parseTicketMove = (input: unknown, path = 'input') => parseWith(moveSchema, input, path);

const commentSchema = z.object({
  ticketId: id('a ticket'),
  body: z.string().trim().min(1, 'must not be empty').max(100_000, 'must be at most 100,000 characters'),
});

export const parseTicketComment = (input: unknown, path = 'input') => parseWith(commentSchema, input, path);

const assignSchema = z.object({
  ticketId: id('a ticket'),
  assigneeId: id('a user'),
  queueId: id('a support team').nullish(),
  reason: text(2_000),
  version,
});

export const parseTicketAssignment = (input: unknown, path = 'input') => parseWith(assignSchema, input, path);

const mergeSchema = z.object({ duplicateId: id('a ticket'), intoId: id('a ticket'), version });

export const parseTicketMerge = (input: unknown, path = 'input') => parseWith(mergeSchema, input, path);

const prioritySchema = z.object({ ticketId: id('a ticket'), priority: oneOf(TICKET_PRIORITIES), version });

export const parsePriorityChange = (input: unknown, path = 'input') => parseWith(prioritySchema, input, path);

const ruleSchema = z.object({
  queueId: id('a support team'),
  kind: oneOf(ASSIGNMENT_RULE_KINDS).nullish(),
  categoryAgents: z
    .array(z.object({ category: oneOf(TICKET_CATEGORIES), agentId: id('a user') }))
    .max(TICKET_CATEGORIES.length)
    .nullish()
    .transform((pairs) => Object.fromEntries((pairs ?? []).map((pair) => [pair.category, pair.agentId]))),
});

export const parseQueueRule = (input: unknown, path = 'input') => parseWith(ruleSchema, input, path);

const filterSchema = z.object({
  queueId: id('a support team').nullish(),
  status: oneOf(TICKET_STATUSES as [string, ...string[]]).nullish(),
  assigneeId: id('a user').nullish(),
  priority: oneOf(TICKET_PRIORITIES).nullish(),
  category: oneOf(TICKET_CATEGORIES).nullish(),
  customerId: id('a customer').nullish(),
  createdFrom: z.date().nullish(),
  createdTo: z.date().nullish(),
  overdue: z.boolean().nullish(),
});

export const parseTicketFilter = (input: unknown, path = 'filter') =>
  parseWith(filterSchema, input ?? {}, path);
