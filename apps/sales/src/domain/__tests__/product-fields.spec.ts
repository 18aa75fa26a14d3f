import {
  isLatestStockCount,
  parseNewProduct,
  parseProductChanges,
  parseProductSearch,
  parseStockQuantity,
} from '../product-fields';

describe('product fields', () => {
  it('normalises a new product: code upper-cased, active by default', () => {
    expect(parseNewProduct({ code: ' tel-100 ', name: ' Telematics unit ', description: '' })).toEqual({
      code: 'TEL-100',
      name: 'Telematics unit',
      description: null,
      active: true,
    });
  });

  it.each([
    [{ code: '', name: 'X' }, 'input.code'],
    [{ code: 'has space', name: 'X' }, 'input.code'],
    [{ code: 'OK', name: '  ' }, 'input.name'],
  ])('refuses %j on %s', (input, field) => {
    expect(() => parseNewProduct(input)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
  });

  it('changes only the fields given and refuses clearing a name or the active flag', () => {
    expect(parseProductChanges({ active: false })).toEqual({ active: false });
    expect(parseProductChanges({ description: '' })).toEqual({ description: null });
    expect(() => parseProductChanges({ name: null })).toThrow(
      expect.objectContaining({ field: 'input.name' }),
    );
    expect(() => parseProductChanges({ active: null })).toThrow(
      expect.objectContaining({ field: 'input.active' }),
    );
  });

  it('takes stock counts as whole numbers ≥ 0', () => {
    expect(parseStockQuantity('input.quantity', 0)).toBe(0);
    expect(() => parseStockQuantity('input.quantity', -1)).toThrow(
      expect.objectContaining({ field: 'input.quantity' }),
    );
    expect(() => parseStockQuantity('input.quantity', 1.5)).toThrow(
      expect.objectContaining({ field: 'input.quantity' }),
    );
  });
});

describe('a stock count', () => {
  it('applies unless a more recent count is held', () => {
    const held = new Date('2026-12-03T10:00:00Z');
    expect(isLatestStockCount(null, held)).toBe(true);
    expect(isLatestStockCount(held, held)).toBe(true);
    expect(isLatestStockCount(held, new Date('2026-12-03T09:00:00Z'))).toBe(false);
  });
});

describe('a product search', () => {
  it('is a trimmed lower-case prefix of at most 100 characters', () => {
    expect(parseProductSearch(' TEL ')).toBe('tel');
    expect(() => parseProductSearch('x'.repeat(101))).toThrow(/^search: must be at most 100/);
  });
});
