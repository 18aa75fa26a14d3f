import { CrmError } from '@crm/errors';
import { DEFAULT_CUSTOMER_SORT, parseCustomerFilter, parseCustomerSort } from '../customer-list-query';

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as CrmError).field;
  }
  throw new Error('expected an error');
};

describe('parseCustomerFilter', () => {
  it('normalises ids and codes and leaves absent fields null', () => {
    const filter = parseCustomerFilter({
      ownerId: '0194C1D0-0000-7000-8000-00000000000A',
      region: ' EMEA ',
      tier: 'A',
    });
    expect(filter).toMatchObject({
      ownerId: '0194c1d0-0000-7000-8000-00000000000a',
      region: 'EMEA',
      tier: 'A',
      kind: null,
      tagId: null,
      createdAfter: null,
    });
  });

  it.each([
    [{ ownerId: 'rita' }, 'filter.ownerId'],
    [{ tagId: '12' }, 'filter.tagId'],
    [{ industry: '  ' }, 'filter.industry'],
    [{ createdAfter: new Date('2026-02-01'), createdBefore: new Date('2026-01-01') }, 'filter.createdBefore'],
  ])('refuses %j on %s', (input, field) => {
    expect(fieldOf(() => parseCustomerFilter(input))).toBe(field);
  });
});

describe('parseCustomerSort', () => {
  it('defaults to newest first and keeps what is given', () => {
    expect(parseCustomerSort(null)).toEqual(DEFAULT_CUSTOMER_SORT);
    expect(parseCustomerSort({ field: 'NAME' })).toEqual({ field: 'NAME', direction: 'DESC' });
    expect(parseCustomerSort({ field: 'NAME', direction: 'ASC' })).toEqual({
      field: 'NAME',
      direction: 'ASC',
    });
  });
});
