import { badUserInput } from '@crm/errors';

export type QuotaPeriodKind = 'MONTH' | 'QUARTER';

export interface QuotaPeriod {
  /** Canonical text, e.g. 2026-11 or 2026-Q4: also the sort key, as it orders like the calendar. */
  code: string;
  kind: QuotaPeriodKind;
  /** First and last day, ISO dates. */
  startsOn: string;
  endsOn: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

const isoDate = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A quota period as written by sales teams: a month (2026-11) or a quarter (2026-Q4). */
export function parseQuotaPeriod(value: string, field = 'input.period'): QuotaPeriod {
  const text = value.trim().toUpperCase();
  const month = MONTH.exec(text);
  if (month) {
    const [year, m] = [Number(month[1]), Number(month[2])];
    return {
      code: text,
      kind: 'MONTH',
      startsOn: isoDate(year, m, 1),
      endsOn: isoDate(year, m, lastDayOf(year, m)),
    };
  }
  const quarter = QUARTER.exec(text);
  if (quarter) {
    const [year, q] = [Number(quarter[1]), Number(quarter[2])];
    const first = (q - 1) * 3 + 1;
    return {
      code: text,
      kind: 'QUARTER',
      startsOn: isoDate(year, first, 1),
      endsOn: isoDate(year, first + 2, lastDayOf(year, first + 2)),
    };
  }
  throw badUserInput(field, `must be a month such as 2026-11 or a quarter such as 2026-Q4 (got ${value})`);
}
