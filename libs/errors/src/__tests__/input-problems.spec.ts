import { badUserInput, CrmError, forbidden } from '../crm-error';
import { ErrorCode } from '../error-code';
import { InputProblems } from '../input-problems';

const parseEmail = (value: string) => {
  if (!value.includes('@')) throw badUserInput('input.email', `is not an email address (got "${value}")`);
  return value.toLowerCase();
};

describe('InputProblems', () => {
  it('returns parsed values and throws nothing when every field is valid', () => {
    const problems = new InputProblems();
    expect(problems.check(() => parseEmail('Ann@Example.com'))).toBe('ann@example.com');
    expect(() => problems.throwIfAny()).not.toThrow();
    expect(problems.isEmpty).toBe(true);
  });

  it('reports every invalid field at once, the first one as `field`', () => {
    const problems = new InputProblems();
    problems.check(() => parseEmail('nope'));
    problems.add('input.website', 'is not a URL');
    let thrown: unknown;
    try {
      problems.throwIfAny();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CrmError);
    const error = thrown as CrmError;
    expect(error.code).toBe(ErrorCode.BadUserInput);
    expect(error.field).toBe('input.email');
    expect(error.problems.map((problem) => problem.field)).toEqual(['input.email', 'input.website']);
    expect(error.message).toBe(
      'input.email: is not an email address (got "nope"); input.website: is not a URL',
    );
  });

  it('lets any other error through at once', () => {
    const problems = new InputProblems();
    expect(() =>
      problems.check(() => {
        throw forbidden();
      }),
    ).toThrow('You are not allowed');
    expect(problems.isEmpty).toBe(true);
  });
});
