import { badUserInput } from '@crm/errors';

export type CursorValues = string[];

/** Opaque keyset cursor: the sort key values of the last row, base64url-encoded JSON. */
export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, expectedLength: number, field = 'after'): CursorValues {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === expectedLength &&
      values.every((value) => typeof value === 'string')
    ) {
      return values as CursorValues;
    }
  } catch {
    // fall through to the user-facing error
  }
  throw badUserInput(field, 'is not a cursor this list issued; pass an endCursor from a previous page');
}
