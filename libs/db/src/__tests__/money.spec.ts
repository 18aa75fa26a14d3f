import { CrmError } from '@crm/errors';
import { parseAmount, parseCurrency, sumAmounts } from '../money';

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

  it('accepts ISO 4217 currencies only', () => {
    expect(parseCurrency('currency', 'EUR')).toBe('EUR');
    expect(() => parseCurrency('currency', 'eur')).toThrow(/ISO 4217/);
    expect(() => parseCurrency('currency', 'XYZ')).toThrow(/ISO 4217/);
  });
});
