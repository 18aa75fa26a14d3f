import { CrmError } from '@crm/errors';
import { assertClosable } from '../ticket-closing';

const noNotes = { rootCause: null, correctiveAction: null };

describe('assertClosable', () => {
  it('closes other tickets without notes', () => {
    expect(() => assertClosable('INCIDENT', noNotes, 'input')).not.toThrow();
  });

  it('closes a complaint with root cause and corrective action', () => {
    expect(() =>
      assertClosable('COMPLAINT', { rootCause: 'Courier', correctiveAction: 'Signature needed' }, 'input'),
    ).not.toThrow();
  });

  it('names every missing note of a complaint', () => {
    expect.assertions(2);
    try {
      assertClosable('COMPLAINT', noNotes, 'input');
    } catch (error) {
      expect((error as CrmError).problems.map((problem) => problem.field)).toEqual([
        'input.rootCause',
        'input.correctiveAction',
      ]);
      expect((error as CrmError).code).toBe('BAD_USER_INPUT');
    }
  });
});
