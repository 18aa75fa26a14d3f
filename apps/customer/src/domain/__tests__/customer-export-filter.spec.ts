import { CrmError } from '@crm/errors';
import { parseExportFilter } from '../customer-export-filter';

describe('parseExportFilter', () => {
  it('reads key=value pairs into a typed filter', () => {
    expect(parseExportFilter(['kind=company', 'region=emea', 'created_from=2026-01-01', 'tier=a'])).toEqual({
      kind: 'COMPANY',
      region: 'EMEA',
      createdFrom: new Date('2026-01-01'),
      tier: 'A',
    });
    expect(parseExportFilter([])).toEqual({});
  });

  it.each([
    ['colour=red', 'filter.colour', /is not a filter/],
    ['kind=PARTNER', 'filter.kind', /COMPANY/],
    ['owner_id=bob', 'filter.owner_id', /UUID/],
    ['created_to=yesterday', 'filter.created_to', /ISO date/],
    ['region', 'filter.region', /key=value/],
  ])('refuses %s', (pair, field, message) => {
    expect.assertions(3);
    try {
      parseExportFilter([pair]);
    } catch (error) {
      expect(error).toBeInstanceOf(CrmError);
      expect((error as CrmError).field).toBe(field);
      expect((error as CrmError).message).toMatch(message);
    }
  });
});
