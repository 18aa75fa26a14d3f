import { instantOfWallTime, isKnownTimeZone, wallClockOf } from '@crm/scheduler';

/** Hours no marketing message goes out, in one time zone, e.g. 21:00 to 08:00 in Europe/Berlin. */
export interface QuietHours {
  /** Minutes after midnight; `start` after `end` means the quiet time spans midnight. */
  startMinute: number;
  endMinute: number;
  timeZone: string;
}

const DAY_MINUTES = 24 * 60;

/** Reads `21:00-08:00` (MARKETING_QUIET_HOURS) in `timeZone`; empty or `off` means none. */
export function parseQuietHours(
  value: string | undefined,
  timeZone: string,
  variable: string,
): QuietHours | null {
  if (value === undefined || value.trim() === '' || value.trim() === 'off') return null;
  const match = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  if (!match) throw new Error(`${variable}: must look like "21:00-08:00" or be "off", got "${value}"`);
  if (!isKnownTimeZone(timeZone)) throw new Error(`${variable}: unknown time zone "${timeZone}"`);
  const [startHour, startMinute, endHour, endMinute] = match.slice(1).map(Number);
  const quiet = { startMinute: startHour * 60 + startMinute, endMinute: endHour * 60 + endMinute, timeZone };
  if (quiet.startMinute === quiet.endMinute) throw new Error(`${variable}: start and end must differ`);
  return quiet;
}

/** When the quiet time around `now` ends, or null when `now` is not in quiet hours. */
export function quietUntil(quiet: QuietHours | null, now: Date): Date | null {
  if (!quiet) return null;
  const { date, minuteOfDay } = wallClockOf(quiet.timeZone, now.getTime());
  const spansMidnight = quiet.startMinute > quiet.endMinute;
  const inQuiet = spansMidnight
    ? minuteOfDay >= quiet.startMinute || minuteOfDay < quiet.endMinute
    : minuteOfDay >= quiet.startMinute && minuteOfDay < quiet.endMinute;
  if (!inQuiet) return null;
  // After the evening start, the quiet time ends on the next calendar day.
  const endsTomorrow = spansMidnight && minuteOfDay >= quiet.startMinute;
  const endDate = endsTomorrow ? nextDate(date) : date;
  return new Date(instantOfWallTime(quiet.timeZone, endDate, quiet.endMinute));
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MINUTES * 60_000).toISOString().slice(0, 10);
}
