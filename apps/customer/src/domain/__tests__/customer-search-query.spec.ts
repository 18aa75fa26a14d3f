import { CrmError } from '@crm/errors';
import { likePrefix, parseCustomerSearchQuery } from '../customer-search-query';

describe('parseCustomerSearchQuery', () => {
  it('searches names, and emails when the text has no space', () => {
    expect(parseCustomerSearchQuery('  Acme   Corp ')).toEqual({
      text: 'Acme Corp',
      emailPrefix: null,
      phonePrefix: null,
    });
    expect(parseCustomerSearchQuery('Sales@Acme')).toEqual({
      text: 'Sales@Acme',
      emailPrefix: 'sales@acme',
      phonePrefix: null,
    });
  });

  it('turns a phone-looking text into the E.164 prefix it is stored with', () => {
    expect(parseCustomerSearchQuery('+33 6 12-34').phonePrefix).toBe('+3361234');
    expect(parseCustomerSearchQuery('0033 (6) 12').phonePrefix).toBe('+33612');
    expect(parseCustomerSearchQuery('Acme 12').phonePrefix).toBeNull();
  });

  it.each(['ab', '  a ', 'x'.repeat(101)])('refuses %j on query', (text) => {
    expect(() => parseCustomerSearchQuery(text)).toThrow(CrmError);
    try {
      parseCustomerSearchQuery(text);
    } catch (error) {
      expect((error as CrmError).field).toBe('query');
    }
  });
});

describe('likePrefix', () => {
  it('escapes LIKE wildcards', () => {
    expect(likePrefix('50%_off\\')).toBe('50\\%\\_off\\\\%');
  });
});
