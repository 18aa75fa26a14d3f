import { CrmError } from '@crm/errors';
import {
  addAmounts,
  assertCostCurrency,
  isOverBudget,
  overBudgetWarnings,
  parseCostLine,
} from '../campaign-cost';

const line = { spentOn: '2026-03-02', category: ' Booth ', amount: '800.10', currency: 'EUR', note: ' ' };

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CrmError);
    return (error as CrmError).field;
  }
  throw new Error('expected a CrmError');
};

describe('campaign costs', () => {
  it('parses a cost line exactly', () => {
    expect(parseCostLine(line)).toEqual({
      spentOn: '2026-03-02',
      category: 'Booth',
      amount: '800.1',
      currency: 'EUR',
      note: null,
    });
  });

  it.each([
    [{ amount: '0' }, 'input.amount'],
    [{ amount: '-5' }, 'input.amount'],
    [{ amount: '1.23456' }, 'input.amount'],
    [{ amount: '1e3' }, 'input.amount'],
    [{ currency: 'eur' }, 'input.currency'],
    [{ category: '' }, 'input.category'],
    [{ spentOn: '2.3.2026' }, 'input.spentOn'],
    [{ note: 'x'.repeat(2001) }, 'input.note'],
  ])('refuses %j on %s', (change, field) => {
    expect(fieldOf(() => parseCostLine({ ...line, ...change }))).toBe(field);
  });

  it('keeps a campaign in one currency', () => {
    expect(() => assertCostCurrency('EUR', 'EUR', 'input.currency')).not.toThrow();
    expect(() => assertCostCurrency(null, 'USD', 'input.currency')).not.toThrow();
    expect(fieldOf(() => assertCostCurrency('EUR', 'USD', 'input.currency'))).toBe('input.currency');
  });

  it('adds money exactly', () => {
    expect(addAmounts('0.1', '0.2')).toBe('0.3');
    expect(addAmounts('999999999999999.9999', '0.0001')).toBe('1000000000000000');
    expect(addAmounts()).toBe('0');
  });

  it('is over budget only past the budget, and without a budget never', () => {
    expect(isOverBudget('1000', '1000')).toBe(false);
    expect(isOverBudget('1000.0001', '1000')).toBe(true);
    expect(isOverBudget('1000000', null)).toBe(false);
  });

  it('warns once, on the cost that crosses the budget', () => {
    const budget = { amount: '1000', currency: 'EUR' };
    expect(overBudgetWarnings('900', '1000', budget)).toEqual([]);
    expect(overBudgetWarnings('900', '1000.5', budget)).toEqual([
      'the campaign is over budget: spent 1000.5 EUR of 1000 EUR (0.5 over)',
    ]);
    expect(overBudgetWarnings('1000.5', '1200', budget)).toEqual([]);
    expect(overBudgetWarnings('0', '5000', null)).toEqual([]);
  });
});
