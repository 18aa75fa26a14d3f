import { repricedCurrencies } from '../repriced-currencies';

describe('the deal currencies a new rate re-prices', () => {
  const rate = (currency: string, quoteCurrency: string, effectiveOn: string) => ({
    currency,
    quoteCurrency,
    effectiveOn,
  });

  it('takes the direct pair and the inverse one into the reporting currency', () => {
    expect(
      repricedCurrencies([rate('USD', 'EUR', '2026-03-01'), rate('EUR', 'GBP', '2026-02-01')], 'EUR'),
    ).toEqual(
      new Map([
        ['USD', '2026-03-01'],
        ['GBP', '2026-02-01'],
      ]),
    );
  });

  it('keeps the earliest effective day per currency', () => {
    expect(
      repricedCurrencies(
        [
          rate('USD', 'EUR', '2026-03-01'),
          rate('EUR', 'USD', '2026-01-15'),
          rate('USD', 'EUR', '2026-05-01'),
        ],
        'EUR',
      ),
    ).toEqual(new Map([['USD', '2026-01-15']]));
  });

  it('ignores a rate between two other currencies', () => {
    expect(repricedCurrencies([rate('USD', 'GBP', '2026-03-01')], 'EUR')).toEqual(new Map());
  });
});
