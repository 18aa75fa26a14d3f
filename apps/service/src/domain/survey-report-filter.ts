import { z } from 'zod';
import { badUserInputs, type FieldProblem } from '@crm/errors';

export const SATISFACTION_PERIODS = ['DAY', 'WEEK', 'MONTH'] as const;
export type SatisfactionPeriod = (typeof SATISFACTION_PERIODS)[number];

/** Which responses a report counts: answered in [from, to), optionally of one queue or agent. */
export interface SatisfactionFilter {
  from: Date;
  to: Date;
  queueId: string | null;
  assigneeId: string | null;
  period: SatisfactionPeriod;
}

/** A report reads at most this many periods, so a day-by-day report of a decade stays small. */
const MAX_PERIODS = 400;
const PERIOD_DAYS: Record<SatisfactionPeriod, number> = { DAY: 1, WEEK: 7, MONTH: 31 };
const DAY_MS = 24 * 60 * 60 * 1000;

const optionalId = (what: string) =>
  z
    .uuid(`must be ${what} id (UUID)`)
    .nullish()
    .transform((id) => id?.toLowerCase() ?? null);

const filterSchema = z.object({
  from: z.date({ error: 'must be a date-time' }),
  to: z.date({ error: 'must be a date-time' }),
  queueId: optionalId('a support team'),
  assigneeId: optionalId('a user'),
  period: z
    .enum(SATISFACTION_PERIODS)
    .nullish()
    .transform((period) => period ?? 'MONTH'),
});

export function parseSatisfactionFilter(input: unknown, path = 'filter'): SatisfactionFilter {
  const result = filterSchema.safeParse(input);
  if (!result.success)
    throw badUserInputs(
      result.error.issues.map((issue) => ({
        field: [path, ...issue.path].join('.'),
        message: issue.message,
      })),
    );
  const filter = result.data;
  const problems: FieldProblem[] = [];
  if (filter.to <= filter.from)
    problems.push({ field: `${path}.to`, message: `must be after from (${filter.from.toISOString()})` });
  const periods = (filter.to.getTime() - filter.from.getTime()) / (PERIOD_DAYS[filter.period] * DAY_MS);
  if (periods > MAX_PERIODS)
    problems.push({
      field: `${path}.period`,
      message: `${filter.period} would make ${Math.ceil(periods)} periods (at most ${MAX_PERIODS}): choose a longer period or a shorter range`,
    });
  if (problems.length > 0) throw badUserInputs(problems);
  return filter;
}
