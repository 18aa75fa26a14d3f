import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { badUserInput } from '@crm/errors';

/** One line of an imported list: a customer id or an e-mail address, or neither. */
export interface ListRow {
  /** 1-based line in the file. */
  line: number;
  value: string;
  kind: 'id' | 'email' | 'invalid';
}

export const MAX_LIST_ROWS = 10_000;
const HEADERS = new Set(['id', 'customerid', 'customer_id', 'email', 'e-mail']);
const uuid = z.uuid();
const email = z.email();

/**
 * Reads an uploaded list (RFC 4180 CSV, one customer id or e-mail address per line, the first
 * column counts; an optional header line is skipped). At most 10 000 lines per import.
 */
export function parseListCsv(csv: string, field = 'csv'): ListRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes with where it ends in the file (csv-parse's typing misses it).
    records = parse(csv, {
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw badUserInput(field, `is not valid CSV: ${(error as Error).message}`);
  }
  if (records.length > MAX_LIST_ROWS + 1)
    throw badUserInput(
      field,
      `may hold at most ${MAX_LIST_ROWS} lines (got ${records.length}); split the file`,
    );
  const rows = records.map(({ record, info }) => {
    const value = (record[0] ?? '').trim();
    const kind: ListRow['kind'] = uuid.safeParse(value).success
      ? 'id'
      : email.safeParse(value).success
        ? 'email'
        : 'invalid';
    return { line: info.lines, value, kind };
  });
  if (rows.length > 0 && HEADERS.has(rows[0].value.toLowerCase())) rows.shift();
  if (rows.length > MAX_LIST_ROWS)
    throw badUserInput(field, `may hold at most ${MAX_LIST_ROWS} lines; split the file`);
  return rows;
}
