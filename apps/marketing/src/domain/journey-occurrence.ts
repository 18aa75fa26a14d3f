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
