import { latestSlot, wallClockOf } from '@crm/scheduler';
import type { JourneyTrigger } from './journey-definition';

type CalendarTrigger = Extract<JourneyTrigger, { kind: 'DATE' | 'SCHEDULE' }>;

/**
 * Which occurrence of a calendar trigger `now` belongs to: the trigger's local date for a date
 * trigger, the latest cron slot for a schedule. A customer enters once per occurrence.
 */
export function occurrenceOf(trigger: CalendarTrigger, now: Date): string {
  if (trigger.kind === 'SCHEDULE') return latestSlot(trigger.cron, now).toISOString();
  return wallClockOf(trigger.timeZone, now.getTime()).date;
}

const DAY_MS = 86_400_000;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The birthdays (as MM-DD) celebrated `daysBefore` days after `localDate` (YYYY-MM-DD): that day's,
 * and on 28 February of a year without a 29th, also those born on 29 February.
 */
export function birthdaysDue(localDate: string, daysBefore: number): string[] {
  const target = new Date(Date.parse(`${localDate}T00:00:00Z`) + daysBefore * DAY_MS);
  const monthDay = target.toISOString().slice(5, 10);
  return monthDay === '02-28' && !isLeapYear(target.getUTCFullYear()) ? [monthDay, '02-29'] : [monthDay];
}

/**
 * The occurrence a journey takes as its own when it goes live: a schedule starts with its first
 * slot after publication, so the latest past slot counts as taken; a date trigger takes today's
 * birthdays in the day's pass (none: null).
 */
export function occurrenceTakenAtPublication(trigger: JourneyTrigger, now: Date): string | null {
  return trigger.kind === 'SCHEDULE' ? occurrenceOf(trigger, now) : null;
}

const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`);
const dateOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The day a birthday (born `birthDate`) is celebrated in `year`: 29 February on the 28th without one. */
function birthdayIn(year: number, birthDate: string): string {
  const monthDay = birthDate.slice(5, 10);
  return monthDay === '02-29' && !isLeapYear(year) ? `${year}-02-28` : `${year}-${monthDay}`;
}

/**
 * The occurrence of a date trigger a customer whose birth date just became known belongs to, if
 * its pass is today or was within the last `daysBefore` days before the birthday (the customer
 * missed it): the local date of that pass, so the day's own pass and this entry share one key.
 * Null when the next birthday is further away than the trigger looks ahead.
 */
export function pendingBirthdayOccurrence(
  trigger: Extract<JourneyTrigger, { kind: 'DATE' }>,
  birthDate: string,
  now: Date,
): string | null {
  const today = occurrenceOf(trigger, now);
  const year = Number(today.slice(0, 4));
  for (const birthday of [birthdayIn(year, birthDate), birthdayIn(year + 1, birthDate)]) {
    const pass = dayOf(birthday) - trigger.daysBefore * DAY_MS;
    if (pass <= dayOf(today) && dayOf(today) <= dayOf(birthday)) return dateOf(pass);
  }
  return null;
}
