import { CrmError } from '@crm/errors';
import {
  assertDealCurrency,
  assertDealWon,
  assertQuoteAccepted,
  assertValidUntil,
  contractLine,
  contractMoney,
  customerQuoteTerms,
  exactlyOneSource,
  orderLinesOfDeal,
  quoteLinesOfDeal,
} from '../document-sources';

const fieldsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as CrmError).problems.map((problem) => problem.field);
  }
  return [];
};

describe('what a document follows', () => {
  const sources = ['opportunityId', 'contractId'] as const;
  const message = 'give either an opportunityId or a contractId';

  it('is exactly one source; an empty id counts as given', () => {
    expect(exactlyOneSource({ contractId: 'c1' }, sources, message)).toBe('contractId');
    expect(() => exactlyOneSource({}, sources, message)).toThrow(/^input\.opportunityId: give either/);
    expect(() => exactlyOneSource({ opportunityId: 'o1', contractId: 'c1' }, sources, message)).toThrow();
    expect(exactlyOneSource({ opportunityId: '', contractId: null }, sources, message)).toBe('opportunityId');
  });

  it('is a won deal or an accepted quote', () => {
    expect(() => assertDealWon('CLOSED_WON', 'f')).not.toThrow();
    expect(() => assertDealWon('PROPOSAL', 'input.opportunityId')).toThrow(
      /must be CLOSED_WON \(it is PROPOSAL\)/,
    );
    expect(() => assertQuoteAccepted('ACCEPTED', 'f')).not.toThrow();
    expect(() => assertQuoteAccepted('EXPIRED', 'input.quoteId')).toThrow(
      /must be ACCEPTED \(it is EXPIRED\)/,
    );
  });
});

describe('a contract’s money', () => {
  it('comes from what it follows; the currency may be restated, not changed', () => {
    expect(contractMoney({ value: '100', currency: 'EUR' }, { currency: 'EUR' })).toEqual({
      value: '100',
      currency: 'EUR',
    });
    expect(contractMoney({ value: '100', currency: 'EUR' }, { value: '90' })).toEqual({
      value: '90',
      currency: 'EUR',
    });
    expect(() => contractMoney({ value: '100', currency: 'EUR' }, { currency: 'USD' })).toThrow(
      /^input\.currency: must be EUR/,
    );
  });

  it('is required, both fields at once, for a contract made directly for a customer', () => {
    expect(fieldsOf(() => contractMoney({ value: null, currency: null }, {}))).toEqual([
      'input.currency',
      'input.value',
    ]);
  });
});

describe('a quote', () => {
  it('is in its deal’s currency and starts from the deal’s lines unless given some', () => {
    expect(() => assertDealCurrency('EUR', 'EUR', 'input.currency')).not.toThrow();
    expect(() => assertDealCurrency('EUR', 'USD', 'input.currency')).toThrow(/deal's currency EUR/);
    expect(quoteLinesOfDeal(null, ['item'], 'input.lines')).toEqual(['item']);
    expect(quoteLinesOfDeal(['given'], ['item'], 'input.lines')).toEqual(['given']);
    expect(() => quoteLinesOfDeal(null, [], 'input.lines')).toThrow(/the deal has no line items/);
  });

  it('for a customer names its currency and lines, both reported at once', () => {
    expect(customerQuoteTerms({ currency: 'EUR', lines: ['l'] })).toEqual({ currency: 'EUR', lines: ['l'] });
    expect(fieldsOf(() => customerQuoteTerms({ lines: [] }))).toEqual(['input.currency', 'input.lines']);
  });

  it('is valid until today or later', () => {
    expect(() => assertValidUntil('2026-12-03', '2026-12-03')).not.toThrow();
    expect(() => assertValidUntil('2026-12-02', '2026-12-03')).toThrow(
      /^input\.validUntil: must not be in the past/,
    );
  });
});

describe('an order', () => {
  it('bills a deal’s products, else one line for its amount; a contract on one line', () => {
    const item = { productId: null, description: 'x', quantity: 2, unitPrice: '5', discountPercent: '0' };
    expect(orderLinesOfDeal([item], { name: 'Deal', amount: '10' })).toEqual([item]);
    expect(orderLinesOfDeal([], { name: 'Deal', amount: '10' })).toEqual([
      { productId: null, description: 'Deal', quantity: 1, unitPrice: '10', discountPercent: '0' },
    ]);
    expect(contractLine({ startDate: '2026-01-01', endDate: '2026-12-31', value: '99' }).description).toBe(
      'Contract 2026-01-01 – 2026-12-31',
    );
  });
});
