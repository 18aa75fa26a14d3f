import { badUserInput } from '@crm/errors';
import type { ReportGranularity } from '../reports/report-definition';

export interface ReportPeriodInput {
  from: string;
  to: string;
  granularity: ReportGranularity;
}

/** Enough for ten years of months or a year of days; more buckets is no chart anyone reads. */
export const MAX_BUCKETS = 400;

const DAY_MS = 86_400_000;
const APPROXIMATE_DAYS: Record<ReportGranularity, number> = {
  DAY: 1,
  WEEK: 7,
  MONTH: 28,
  QUARTER: 90,
  YEAR: 365,
};

/**
 * The period as asked, checked: `to` not before `from`, and not so many buckets that the series
 * is unreadable. BAD_USER_INPUT names the field to change.
 */
export function checkReportPeriod(period: ReportPeriodInput): ReportPeriodInput {
  const days = (Date.parse(period.to) - Date.parse(period.from)) / DAY_MS + 1;
  if (days < 1)
    throw badUserInput('period.to', `must not be before period.from (${period.from}), got ${period.to}`);
  const buckets = Math.ceil(days / APPROXIMATE_DAYS[period.granularity]);
  if (buckets > MAX_BUCKETS) {
    throw badUserInput(
      'period.granularity',
      `gives about ${buckets} buckets for ${days} days; choose a coarser granularity or a shorter period (at most ${MAX_BUCKETS})`,
    );
  }
  return period;
}

/** The Postgres date_trunc field of a granularity ('week' starts on Monday, ISO 8601). */
export const truncUnitOf = (granularity: ReportGranularity) => granularity.toLowerCase();
