import type { Readable } from 'node:stream';
import { parse, type InfoRecord } from 'csv-parse';
import { headerProblem, type ImportRecord } from '../domain/customer-import-row';
import type { ImportRow } from './import-options';

/** The file cannot be imported at all (its header, or CSV syntax past repair): nothing more is read. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';

  /** @param row the row the file went wrong on when known: 1 for the header. */
  constructor(
    message: string,
    readonly row: number | null = null,
  ) {
    super(message);
  }
}

/** The header is row 1 of the file. */
export const HEADER_ROW = 1;

const normaliseHeader = (header: string[]) => {
  const columns = header.map((column) => column.trim().toLowerCase());
  const problem = headerProblem(columns);
  if (problem) throw new ImportFileError(problem, HEADER_ROW);
  return columns;
};

/**
 * Streams a customer CSV (header row first, UTF-8, a BOM is fine) as numbered rows. A row's number
 * is the line it starts on, the header being line 1, so the reject report points into the file.
 * A row with more or fewer fields than the header comes out `malformed`, to be rejected alone.
 */
export async function* readCustomerCsv(input: Readable): AsyncGenerator<ImportRow> {
  const parser = input.pipe(
    parse({
      bom: true,
      columns: normaliseHeader,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }),
  );
  input.on('error', (error) => parser.destroy(error));
  let previousEnd = 1;
  let previousEmpty = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<ParsedRecord>) {
      const row = previousEnd + 1 + (info.empty_lines - previousEmpty);
      previousEnd = info.lines;
      previousEmpty = info.empty_lines;
      const fieldCount = info.error ? fieldCountOf(info) : null;
      yield fieldCount === null
        ? { row, record }
        : { row, record, malformed: `has ${fieldCount} fields, the header has ${info.columns.length}` };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportFileError(`the file is not valid CSV after line ${previousEnd}: ${message}`);
  }
}

interface ParsedRecord {
  record: ImportRecord;
  // csv-parse reports a record with the wrong number of fields as an error on its info.
  info: Omit<InfoRecord, 'error'> & { error?: { record?: unknown[] }; columns: { name: string }[] };
}

const fieldCountOf = (info: ParsedRecord['info']) => info.error?.record?.length ?? 0;
