/**
 * Wall-clock time in an IANA time zone, with the Intl API Node ships (full ICU): no time zone
 * library is needed for the two conversions business hours use.
 */
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterOf(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's wall clock at `instant`, read as if it were UTC (milliseconds). */
function wallClockAsUtc(timeZone: string, instant: number): number {
  const parts = Object.fromEntries(
    formatterOf(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/**
 * The instant when the zone's clocks show `minuteOfDay` (0–1440) on `date`. A wall time a DST jump
 * skips is read with the offset before the jump (02:30 becomes 03:30, as Temporal's "compatible"
 * does); a wall time that repeats resolves to one of its two instants.
 */
export function instantOfWallTime(timeZone: string, date: string, minuteOfDay: number): number {
  const wall = Date.parse(`${date}T00:00:00Z`) + minuteOfDay * MINUTE;
  const firstGuess = wall - offsetAt(timeZone, wall);
  const offset = offsetAt(timeZone, firstGuess);
  const candidate = wall - offset;
  // Inside a skipped hour no instant shows `wall`: use the offset in force before the jump.
  return wallClockAsUtc(timeZone, candidate) === wall ? candidate : wall - offsetAt(timeZone, wall - DAY / 2);
}

/** The zone's calendar date and minute of the day (0–1439) at `instant`. */
export function wallClockOf(timeZone: string, instant: number): { date: string; minuteOfDay: number } {
  const wall = new Date(wallClockAsUtc(timeZone, instant));
  return {
    date: wall.toISOString().slice(0, 10),
    minuteOfDay: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
  };
}

function offsetAt(timeZone: string, instant: number): number {
  const rounded = Math.floor(instant / 1000) * 1000;
  return wallClockAsUtc(timeZone, rounded) - rounded;
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekdayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}
