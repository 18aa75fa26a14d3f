import { badUserInput } from '@crm/errors';
import type { ReportGranularity } from '../reports/report-definition';

export interface ReportPeriodInput {
  from: string;
  to: string;
  granularity: ReportGranularity;
}

const MAX_BUCKETS = 1_000;
const DAY_MS = 86_400_000;

const dateOf = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const isoOf = (date: Date) => date.toISOString().slice(0, 10);

/** from ≤ to and no more than MAX_BUCKETS buckets, or BAD_USER_INPUT on the field to fix. */
export function parseReportPeriod(period: ReportPeriodInput, field = 'period'): ReportPeriodInput {
  if (period.to < period.from)
    throw badUserInput(`${field}.to`, `must not be before period.from (${period.from}; got ${period.to})`);
  const buckets = bucketLabels(period);
  if (buckets.length > MAX_BUCKETS)
    throw badUserInput(
      `${field}.granularity`,
      `gives ${buckets.length} buckets over this period; choose a coarser granularity (at most ${MAX_BUCKETS})`,
    );
  return period;
}

/** The bucket a day falls in, as its label: 2026-03-09, 2026-W11, 2026-03, 2026-Q1 or 2026. */
export function bucketOf(day: string, granularity: ReportGranularity): string {
  const date = dateOf(day);
  switch (granularity) {
    case 'DAY':
      return day;
    case 'WEEK':
      return isoWeekOf(date);
    case 'MONTH':
      return day.slice(0, 7);
    case 'QUARTER':
      return `${day.slice(0, 4)}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
    case 'YEAR':
      return day.slice(0, 4);
  }
}

/** Every bucket of the period in order, so a series has its empty buckets too. */
export function bucketLabels(period: ReportPeriodInput): string[] {
  const labels: string[] = [];
  for (let t = dateOf(period.from).getTime(); t <= dateOf(period.to).getTime(); t += DAY_MS) {
    const label = bucketOf(isoOf(new Date(t)), period.granularity);
    if (labels[labels.length - 1] !== label) labels.push(label);
    if (labels.length > MAX_BUCKETS) break;
  }
  return labels;
}

/** ISO 8601 week, e.g. 2026-W01 (the week with the year's first Thursday). */
function isoWeekOf(date: Date): string {
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Postgres date_trunc field of a granularity ('week' starts on Monday, ISO 8601). */
export const truncUnitOf = (granularity: ReportGranularity) => granularity.toLowerCase();

/** The length of a granularity's bucket as a Postgres interval ('1 quarter' is not one). */
export const bucketStepOf = (granularity: ReportGranularity) =>
  granularity === 'QUARTER' ? '3 months' : `1 ${granularity.toLowerCase()}`;
