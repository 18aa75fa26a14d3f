import { CrmError } from '@crm/errors';
import { formatAmount, parseAmount, parseCurrency, sumAmounts } from '../money';

describe('money', () => {
  it('adds 0.1 and 0.2 exactly', () => {
    expect(sumAmounts(['0.1', '0.2'])).toBe('0.3');
    expect(sumAmounts(['19999999.9999', '0.0001'])).toBe('20000000');
  });

  it('normalises amounts', () => {
    expect(parseAmount('amount', '10.50')).toBe('10.5');
  });

  it.each(['-5', '1.23456', '12,5', 'abc', '1e5', ''])('refuses amount "%s" naming the field', (amount) => {
    expect(() => parseAmount('input.amount', amount)).toThrow(CrmError);
    expect(() => parseAmount('input.amount', amount)).toThrow(/^input\.amount: /);
  });

  it.each([
    ['12500', 'EUR', '12500.00'],
    ['12500.5000', 'EUR', '12500.50'],
    ['0', 'USD', '0.00'],
    ['12500', 'JPY', '12500'],
    ['1.25', 'BHD', '1.250'],
    ['1', 'CLF', '1.0000'],
    ['1000', 'HUF', '1000.00'],
    ['33.333', 'EUR', '33.333'],
    ['-7.1', 'EUR', '-7.10'],
  ])("writes %s %s with the currency's minor units: %s", (amount, currency, written) => {
    expect(formatAmount(amount, currency)).toBe(written);
  });

  it('accepts ISO 4217 currencies only', () => {
    expect(parseCurrency('currency', 'EUR')).toBe('EUR');
    expect(() => parseCurrency('currency', 'eur')).toThrow(/ISO 4217/);
    expect(() => parseCurrency('currency', 'XYZ')).toThrow(/ISO 4217/);
  });
});
