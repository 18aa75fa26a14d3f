import { parse } from 'csv-parse/sync';
import { badUserInput } from '@crm/errors';
import { parseExchangeRate, type ExchangeRateInput } from './exchange-rate-input';

const COLUMNS = ['currency', 'quote_currency', 'effective_on', 'rate'] as const;
const MAX_LINES = 100_000;

/**
 * Rates from CSV (header currency,quote_currency,effective_on,rate), all checked before any is
 * written: the first bad one is BAD_USER_INPUT on `csv.line <n>.<field>` (n counts the header as 1).
 */
export function parseExchangeRateCsv(text: string): ExchangeRateInput[] {
  let records: string[][];
  try {
    records = parse(text, { skip_empty_lines: true, trim: true, relax_column_count: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw badUserInput(`csv${line ? `.line ${line}` : ''}`, `is not valid CSV: ${(error as Error).message}`);
  }
  const [header, ...lines] = records;
  if (!header || header.join(',').toLowerCase() !== COLUMNS.join(','))
    throw badUserInput(
      'csv.line 1',
      `the header must be ${COLUMNS.join(',')} (got "${header?.join(',') ?? ''}")`,
    );
  if (lines.length === 0) throw badUserInput('csv', 'has no rates below its header');
  if (lines.length > MAX_LINES)
    throw badUserInput('csv', `has ${lines.length} rates; import at most ${MAX_LINES}`);
  return lines.map(([currency, quoteCurrency, effectiveOn, rate], index) =>
    parseExchangeRate({ currency, quoteCurrency, effectiveOn, rate }, `csv.line ${index + 2}`),
  );
}
