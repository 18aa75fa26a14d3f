import { CrmError } from '@crm/errors';
import { assertActiveCodes, dictionaryKey } from '../dictionary-codes';

const active = new Set([dictionaryKey('INDUSTRY', 'SOFTWARE'), dictionaryKey('REGION', 'EMEA')]);

describe('assertActiveCodes', () => {
  it('accepts active codes and absent or cleared fields', () => {
    expect(() =>
      assertActiveCodes({ industry: 'SOFTWARE', region: 'EMEA', source: null }, active, 'input'),
    ).not.toThrow();
    expect(() => assertActiveCodes({}, active, 'input')).not.toThrow();
  });

  it('refuses a code of another kind or an unknown one, naming the field', () => {
    expect.assertions(2);
    try {
      assertActiveCodes({ industry: 'EMEA' }, active, 'input');
    } catch (error) {
      expect(error).toBeInstanceOf(CrmError);
      expect((error as CrmError).field).toBe('input.industry');
    }
  });

  it('refuses an inactive source', () => {
    expect(() => assertActiveCodes({ source: 'WEB_FORM' }, active, 'input')).toThrow(/not an active SOURCE/);
  });
});
