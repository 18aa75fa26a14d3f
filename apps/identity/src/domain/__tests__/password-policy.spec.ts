import { CrmError } from '@crm/errors';
import { assertPasswordPolicy } from '../password-policy';

describe('assertPasswordPolicy', () => {
  it('accepts 12 characters or more, counting code points', () => {
    expect(assertPasswordPolicy('correct-hors', 'password')).toBe('correct-hors');
    expect(assertPasswordPolicy('🔑'.repeat(12), 'password')).toBe('🔑'.repeat(12));
  });

  it.each([
    ['short-pass', /at least 12 characters \(got 10\)/],
    ['🔑'.repeat(11), /at least 12 characters \(got 11\)/],
    [' '.repeat(12), /only spaces/],
    ['x'.repeat(257), /at most 256 characters/],
  ])('refuses %j on the given field', (password, message) => {
    expect.assertions(3);
    try {
      assertPasswordPolicy(password, 'input.password');
    } catch (error) {
      expect(error).toBeInstanceOf(CrmError);
      expect((error as CrmError).field).toBe('input.password');
      expect((error as CrmError).message).toMatch(message);
    }
  });
});
