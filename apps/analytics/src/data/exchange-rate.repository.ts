import type { DataSource, EntityManager } from 'typeorm';
import type { ExchangeRateInput } from '../domain/exchange-rate-input';

export interface ExchangeRateRow extends ExchangeRateInput {
  recordedBy: string;
  recordedAt: Date;
}

const COLUMNS = `currency::text AS currency, quote_currency::text AS "quoteCurrency",
  to_char(effective_on, 'YYYY-MM-DD') AS "effectiveOn", rate::text AS rate,
  recorded_by AS "recordedBy", recorded_at AS "recordedAt"`;

/** The rates in force for the given pairs and dates, locked until the change commits (absent: none yet). */
export async function lockExchangeRates(
  manager: EntityManager,
  rates: ExchangeRateInput[],
): Promise<ExchangeRateInput[]> {
  return manager.query(
    `SELECT currency::text AS currency, quote_currency::text AS "quoteCurrency",
            to_char(effective_on, 'YYYY-MM-DD') AS "effectiveOn", rate::text AS rate
     FROM exchange_rates
     WHERE (currency, quote_currency, effective_on) IN (
       SELECT * FROM unnest($1::text[], $2::text[], $3::date[]))
     FOR UPDATE`,
    [
      rates.map((rate) => rate.currency),
      rates.map((rate) => rate.quoteCurrency),
      rates.map((rate) => rate.effectiveOn),
    ],
  );
}

/** Writes rates (a later write for the same pair and date replaces the earlier). */
export async function upsertExchangeRates(
  manager: EntityManager,
  rates: ExchangeRateInput[],
  recordedBy: string,
  recordedAt: Date,
): Promise<ExchangeRateRow[]> {
  const rows: ExchangeRateRow[] = [];
  for (const rate of rates) {
    const [row]: ExchangeRateRow[] = await manager.query(
      `INSERT INTO exchange_rates (currency, quote_currency, effective_on, rate, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (currency, quote_currency, effective_on)
       DO UPDATE SET rate = EXCLUDED.rate, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at
       RETURNING ${COLUMNS}`,
      [rate.currency, rate.quoteCurrency, rate.effectiveOn, rate.rate, recordedBy, recordedAt],
    );
    rows.push(row);
  }
  return rows;
}

/** Rates of a currency (and quote currency), newest effective date first; backed by the primary key. */
export function listExchangeRates(
  dataSource: DataSource,
  filter: { currency: string | null; quoteCurrency: string | null },
  first: number,
): Promise<ExchangeRateRow[]> {
  return dataSource.query(
    `SELECT ${COLUMNS} FROM exchange_rates
     WHERE ($1::text IS NULL OR currency = $1) AND ($2::text IS NULL OR quote_currency = $2)
     ORDER BY currency, quote_currency, effective_on DESC LIMIT $3`,
    [filter.currency, filter.quoteCurrency, first],
  );
}
