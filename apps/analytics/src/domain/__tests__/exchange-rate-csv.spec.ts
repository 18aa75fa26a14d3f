import { parseExchangeRateCsv } from '../exchange-rate-csv';

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as { code: string; field: string };
  }
  throw new Error('expected a refusal');
};

describe('exchange rates from CSV', () => {
  it('reads every line, exact', () => {
    expect(
      parseExchangeRateCsv(
        'currency,quote_currency,effective_on,rate\nusd,EUR,2026-01-01,0.9185000000\nGBP,EUR,2026-01-01,1.15\n',
      ),
    ).toEqual([
      { currency: 'USD', quoteCurrency: 'EUR', effectiveOn: '2026-01-01', rate: '0.9185' },
      { currency: 'GBP', quoteCurrency: 'EUR', effectiveOn: '2026-01-01', rate: '1.15' },
    ]);
  });

  it.each([
    ['cur,quote,day,rate\nUSD,EUR,2026-01-01,1', 'csv.line 1'],
    [
      'currency,quote_currency,effective_on,rate\nUSD,EUR,2026-01-01,1\nXXX,EUR,2026-01-01,1',
      'csv.line 3.currency',
    ],
    ['currency,quote_currency,effective_on,rate\nUSD,EUR,2026-01-01,0', 'csv.line 2.rate'],
    ['currency,quote_currency,effective_on,rate\nUSD,EUR,2026-01-01,-1.5', 'csv.line 2.rate'],
    ['currency,quote_currency,effective_on,rate\nUSD,USD,2026-01-01,1', 'csv.line 2.quoteCurrency'],
    ['currency,quote_currency,effective_on,rate\nUSD,EUR,01/02/2026,1', 'csv.line 2.effectiveOn'],
    ['currency,quote_currency,effective_on,rate\nUSD,EUR,2026-01-01', 'csv.line 2'],
  ])('refuses %j on %s', (csv, field) => {
    expect(fieldOf(() => parseExchangeRateCsv(csv))).toEqual(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
    );
  });
});
