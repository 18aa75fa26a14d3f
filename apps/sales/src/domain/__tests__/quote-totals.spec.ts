import { sumAmounts } from '@crm/db';
import {
  minorUnitsOf,
  parseDiscountPercent,
  priceDocument,
  roundMoney,
  type LineInput,
} from '../quote-totals';

const line = (quantity: number, unitPrice: string, discountPercent = '0'): LineInput => ({
  productId: null,
  description: 'Item',
  quantity,
  unitPrice,
  discountPercent,
});

describe('quote totals', () => {
  it('sums 0.1 + 0.2 exactly, where floats give 0.30000000000000004', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(priceDocument([line(1, '0.1'), line(1, '0.2')], 'EUR').total).toBe('0.3');
    expect(sumAmounts(['0.1', '0.2'])).toBe('0.3');
  });

  it('applies the line discount, then the quote discount to the subtotal', () => {
    const totals = priceDocument([line(3, '100', '10'), line(2, '49.99')], 'EUR', '5');
    expect(totals.lines.map((l) => [l.position, l.lineTotal])).toEqual([
      [1, '270'],
      [2, '99.98'],
    ]);
    expect(totals).toMatchObject({ subtotal: '369.98', discountTotal: '18.5', total: '351.48' });
  });

  it('rounds half to even in the currency minor units', () => {
    expect(roundMoney('0.125', 'EUR')).toBe('0.12');
    expect(roundMoney('0.135', 'EUR')).toBe('0.14');
    expect(roundMoney('100.5', 'JPY')).toBe('100');
    expect(roundMoney('1.0005', 'BHD')).toBe('1');
    expect(minorUnitsOf('JPY')).toBe(0);
    expect(minorUnitsOf('BHD')).toBe(3);
  });

  it('rounds each line before summing, so lines add up to the subtotal shown', () => {
    const totals = priceDocument([line(1, '0.0050', '0'), line(1, '0.0150', '0')], 'EUR');
    expect(totals.lines.map((l) => l.lineTotal)).toEqual(['0', '0.02']);
    expect(totals.subtotal).toBe('0.02');
  });

  it('gives zero for an empty document and for a 100 % discount', () => {
    expect(priceDocument([], 'EUR')).toMatchObject({ subtotal: '0', discountTotal: '0', total: '0' });
    expect(priceDocument([line(2, '10', '100')], 'EUR').total).toBe('0');
  });

  it.each(['-1', '100.01', '10.123', 'ten'])('refuses the discount %s', (value) => {
    expect(() => parseDiscountPercent('input.discountPercent', value)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.discountPercent' }),
    );
  });
});
