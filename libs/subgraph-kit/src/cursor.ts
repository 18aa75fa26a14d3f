import { isUuid } from '@crm/db';
import { badUserInput } from '@crm/errors';

export type CursorValues = string[];

/**
 * What one value of a list's sort key is, so a cursor is checked before Postgres casts it:
 * a tampered cursor is the caller's mistake (BAD_USER_INPUT), never a failed cast.
 */
export type CursorKey = 'uuid' | 'timestamp' | 'date' | 'number' | 'text';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
const DECIMAL = /^-?\d{1,30}(\.\d{1,30})?(e[+-]?\d{1,3})?$/i;

function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const IS_KEY: Record<CursorKey, (value: string) => boolean> = {
  uuid: isUuid,
  timestamp: (value) =>
    ISO_TIMESTAMP.test(value) && isCalendarDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value)),
  date: isCalendarDate,
  number: (value) => DECIMAL.test(value) && Number.isFinite(Number(value)),
  text: (value) => !value.includes('\u0000'),
};

/** Opaque keyset cursor: the sort key values of the last row, base64url-encoded JSON. */
export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function parseCursor(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

/** The cursor's values, each checked against its key's kind; anything else is BAD_USER_INPUT on `field`. */
export function decodeCursor(cursor: string, keys: readonly CursorKey[], field = 'after'): CursorValues {
  const values = parseCursor(cursor);
  if (
    Array.isArray(values) &&
    values.length === keys.length &&
    values.every((value, i) => typeof value === 'string' && IS_KEY[keys[i]](value))
  ) {
    return values as CursorValues;
  }
  throw badUserInput(field, 'is not a cursor this list issued; pass an endCursor from a previous page');
}
