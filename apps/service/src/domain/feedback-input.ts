import { z } from 'zod';
import { badUserInput } from '@crm/errors';
import { FEEDBACK_CATEGORIES, type FeedbackCategory } from './feedback-category';

export interface NewFeedback {
  customerId: string;
  contactId: string | null;
  ticketId: string | null;
  category: FeedbackCategory;
  body: string;
  receivedAt: Date;
}

export interface FeedbackFilter {
  category: FeedbackCategory | null;
  customerId: string | null;
  from: Date | null;
  to: Date | null;
}

const id = (what: string) => z.uuid(`must be ${what} id (UUID)`).transform((value) => value.toLowerCase());
const optionalId = (what: string) =>
  id(what)
    .nullish()
    .transform((value) => value ?? null);
const category = z.enum(FEEDBACK_CATEGORIES, { error: `must be one of ${FEEDBACK_CATEGORIES.join(', ')}` });
const instant = z.date({ error: 'must be an ISO-8601 date-time' });

const newFeedbackSchema = z.object({
  customerId: id('a customer'),
  contactId: optionalId('a contact'),
  ticketId: optionalId('a ticket'),
  category,
  body: z.string().trim().min(1, 'must not be empty').max(5_000, 'must be at most 5,000 characters'),
  receivedAt: instant.nullish(),
});

const filterSchema = z.object({
  category: category.nullish().transform((value) => value ?? null),
  customerId: optionalId('a customer'),
  from: instant.nullish().transform((value) => value ?? null),
  to: instant.nullish().transform((value) => value ?? null),
});

function firstProblem(error: z.ZodError, path: string): never {
  const issue = error.issues[0];
  throw badUserInput([path, ...issue.path].join('.'), issue.message);
}

/** recordFeedback's input; feedback is received now or earlier, never later. */
export function parseNewFeedback(input: unknown, now: Date, path = 'input'): NewFeedback {
  const result = newFeedbackSchema.safeParse(input);
  if (!result.success) firstProblem(result.error, path);
  const receivedAt = result.data.receivedAt ?? now;
  if (receivedAt.getTime() > now.getTime())
    throw badUserInput(
      `${path}.receivedAt`,
      `must not be in the future (got ${receivedAt.toISOString()}, now ${now.toISOString()})`,
    );
  return { ...result.data, receivedAt };
}

/** A feedback list's filter: the period is [from, to), so from must come before to. */
export function parseFeedbackFilter(filter: unknown, path = 'filter'): FeedbackFilter {
  const result = filterSchema.safeParse(filter ?? {});
  if (!result.success) firstProblem(result.error, path);
  const { from, to } = result.data;
  if (from && to && from.getTime() >= to.getTime())
    throw badUserInput(
      `${path}.to`,
      `must be after ${path}.from (got from ${from.toISOString()}, to ${to.toISOString()})`,
    );
  return result.data;
}
