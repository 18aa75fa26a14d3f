import { instantOfWallTime, isoWeekdayOf } from '@crm/scheduler';

export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One opening span of a weekday, in minutes after local midnight (end may be 1440). */
export interface OpeningHours {
  day: Weekday;
  startMinute: number;
  endMinute: number;
}

/** When a support team works: weekly hours in a time zone, minus holidays (local dates). */
export interface BusinessCalendar {
  timeZone: string;
  weeklyHours: OpeningHours[];
  /** YYYY-MM-DD dates on which the team does not work at all. */
  holidays: string[];
}

/** A span of time [start, end) in epoch milliseconds. */
export interface Span {
  start: number;
  end: number;
}

/** The calendar used when neither a queue nor the platform defines one: every minute counts. */
export const ROUND_THE_CLOCK: BusinessCalendar = {
  timeZone: 'UTC',
  weeklyHours: WEEKDAYS.map((day) => ({ day, startMinute: 0, endMinute: 1440 })),
  holidays: [],
};

/**
 * Spans already computed per calendar and date: time zone conversions through Intl are the costly
 * part, and a batch of tickets walks the same days of the same calendars. Calendars are never
 * mutated (an update loads a new row), so an entry never goes stale.
 */
const spansCache = new WeakMap<BusinessCalendar, Map<string, Span[]>>();
const MAX_CACHED_DAYS = 5_000;

/** The business spans of one local date, in order (none on a holiday). */
export function businessSpansOn(calendar: BusinessCalendar, date: string): Span[] {
  let byDate = spansCache.get(calendar);
  if (!byDate || byDate.size > MAX_CACHED_DAYS) spansCache.set(calendar, (byDate = new Map()));
  let spans = byDate.get(date);
  if (!spans) byDate.set(date, (spans = computeSpansOn(calendar, date)));
  return spans;
}

function computeSpansOn(calendar: BusinessCalendar, date: string): Span[] {
  if (calendar.holidays.includes(date)) return [];
  const day = WEEKDAYS[isoWeekdayOf(date) - 1];
  return calendar.weeklyHours
    .filter((hours) => hours.day === day)
    .sort((a, b) => a.startMinute - b.startMinute)
    .map((hours) => ({
      start: instantOfWallTime(calendar.timeZone, date, hours.startMinute),
      end: instantOfWallTime(calendar.timeZone, date, hours.endMinute),
    }));
}

const DAY = 86_400_000;
const dayNames = new Map<number, string>();

/** YYYY-MM-DD of a day number (days since 1970-01-01), cached: walks revisit the same days. */
function dateOfDay(day: number): string {
  let date = dayNames.get(day);
  if (!date) {
    if (dayNames.size > MAX_CACHED_DAYS) dayNames.clear();
    dayNames.set(day, (date = new Date(day * DAY).toISOString().slice(0, 10)));
  }
  return date;
}

/**
 * The business spans that end after `from`, day by day, for at most `maxDays` days (a calendar
 * with hours always yields more; the bound keeps a bad one from looping). The walk starts two days
 * before `from`'s UTC date: in any zone (UTC-12 to UTC+14) the local date of `from` is at most one
 * day earlier, and that day's hours may reach past it.
 */
export function* businessSpansFrom(
  calendar: BusinessCalendar,
  from: number,
  maxDays = 3660,
): Generator<Span> {
  const first = Math.floor(from / DAY) - 2;
  for (let day = first; day < first + maxDays; day += 1) {
    for (const span of businessSpansOn(calendar, dateOfDay(day))) if (span.end > from) yield span;
  }
}

/** A queue's own calendar, else the default one (no queue), else round the clock. */
export function calendarForQueue<TCalendar extends BusinessCalendar & { queueId: string | null }>(
  calendars: TCalendar[],
  queueId: string | null,
): BusinessCalendar {
  return (
    (queueId && calendars.find((calendar) => calendar.queueId === queueId)) ||
    calendars.find((calendar) => calendar.queueId === null) ||
    ROUND_THE_CLOCK
  );
}
