import { InputProblems } from '@crm/errors';
import { WEEKDAYS, type BusinessCalendar, type OpeningHours } from './business-calendar';
import { isKnownTimeZone } from '@crm/scheduler';

export interface BusinessCalendarFields extends BusinessCalendar {
  name: string;
  /** The queue (support team) whose tickets it times; null: the default calendar. */
  queueId: string | null;
}

export interface BusinessCalendarInputShape {
  name: string;
  timeZone: string;
  queueId?: string | null;
  weeklyHours: { day: string; start: string; end: string }[];
  holidays?: string[] | null;
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const minuteOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const clock = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

function isCalendarDate(text: string): boolean {
  return DATE.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

/** Validates a calendar's input, reporting every bad field at once (overlapping hours name both). */
export function parseBusinessCalendar(
  input: BusinessCalendarInputShape,
  path = 'input',
): BusinessCalendarFields {
  const problems = new InputProblems();
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) problems.add(`${path}.name`, 'must be 1 to 100 characters');
  if (!isKnownTimeZone(input.timeZone))
    problems.add(
      `${path}.timeZone`,
      `must be an IANA time zone such as Europe/Berlin (got "${input.timeZone}")`,
    );
  const queueId = input.queueId ?? null;
  if (queueId !== null && !UUID.test(queueId))
    problems.add(`${path}.queueId`, 'must be a support team id (UUID)');
  const weeklyHours = parseWeeklyHours(input.weeklyHours, `${path}.weeklyHours`, problems);
  const holidays = [...new Set(input.holidays ?? [])];
  holidays.forEach((date, index) => {
    if (!isCalendarDate(date))
      problems.add(`${path}.holidays.${index}`, `must be a date YYYY-MM-DD (got "${date}")`);
  });
  problems.throwIfAny();
  return {
    name,
    timeZone: input.timeZone,
    queueId: queueId?.toLowerCase() ?? null,
    weeklyHours,
    holidays: holidays.sort(),
  };
}

function parseWeeklyHours(
  rows: BusinessCalendarInputShape['weeklyHours'],
  path: string,
  problems: InputProblems,
): OpeningHours[] {
  if (rows.length === 0) problems.add(path, 'needs at least one opening span, e.g. MONDAY 09:00–17:00');
  const parsed: { hours: OpeningHours; index: number }[] = [];
  rows.forEach((row, index) => {
    const at = `${path}.${index}`;
    const day = WEEKDAYS.find((weekday) => weekday === row.day);
    if (!day) return problems.add(`${at}.day`, `must be one of ${WEEKDAYS.join(', ')}`);
    if (!CLOCK_TIME.test(row.start) || row.start === '24:00')
      return problems.add(`${at}.start`, `must be a time HH:MM from 00:00 to 23:59 (got "${row.start}")`);
    if (!CLOCK_TIME.test(row.end))
      return problems.add(`${at}.end`, `must be a time HH:MM up to 24:00 (got "${row.end}")`);
    const hours = { day, startMinute: minuteOf(row.start), endMinute: minuteOf(row.end) };
    if (hours.endMinute <= hours.startMinute)
      return problems.add(`${at}.end`, `must be after the start ${row.start} (got "${row.end}")`);
    const clash = parsed.find(({ hours: other }) => overlap(other, hours));
    if (clash) {
      const other = clash.hours;
      return problems.add(
        at,
        `${day} ${row.start}–${row.end} overlaps ${other.day} ${clock(other.startMinute)}–${clock(other.endMinute)} (${path}.${clash.index})`,
      );
    }
    parsed.push({ hours, index });
  });
  return parsed.map(({ hours }) => hours);
}

const overlap = (a: OpeningHours, b: OpeningHours) =>
  a.day === b.day && a.startMinute < b.endMinute && b.startMinute < a.endMinute;
