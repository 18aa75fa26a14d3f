import { addDaysTo, instantOfWallTime, isoWeekdayOf, localDateOf } from './zoned-time';

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

/** The business spans of one local date, in order (none on a holiday). */
export function businessSpansOn(calendar: BusinessCalendar, date: string): Span[] {
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

/**
 * The business spans from the local day of `from` onwards, day by day, for at most `maxDays`
 * days (a calendar with hours always yields more; the bound keeps a bad one from looping).
 */
export function* businessSpansFrom(
  calendar: BusinessCalendar,
  from: number,
  maxDays = 3660,
): Generator<Span> {
  // The day before too: its hours may run past local midnight in UTC terms of `from`.
  let date = addDaysTo(localDateOf(calendar.timeZone, from), -1);
  for (let day = 0; day < maxDays; day += 1, date = addDaysTo(date, 1)) {
    for (const span of businessSpansOn(calendar, date)) if (span.end > from) yield span;
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
