import { CrmError } from '@crm/errors';
import { parseNewUser } from '../new-user';

describe('parseNewUser', () => {
  it('normalises a valid user', () => {
    expect(
      parseNewUser({ name: '  Ada Lovelace ', email: ' Ada@Example.COM ', roles: ['SALES_REP', 'ANALYST'] }),
    ).toEqual({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      roles: ['SALES_REP', 'ANALYST'],
    });
  });

  it('keeps each role once', () => {
    expect(parseNewUser({ name: 'Ada', email: 'ada@example.com', roles: ['ADMIN', 'ADMIN'] }).roles).toEqual([
      'ADMIN',
    ]);
  });

  it.each([
    [{ name: '', email: 'ada@example.com', roles: ['ADMIN'] }, 'input.name'],
    [{ name: 'x'.repeat(201), email: 'ada@example.com', roles: ['ADMIN'] }, 'input.name'],
    [{ name: 'Ada', email: 'ada-at-example.com', roles: ['ADMIN'] }, 'input.email'],
    [{ name: 'Ada', email: 'ada@example.com', roles: [] }, 'input.roles'],
    [{ name: 'Ada', email: 'ada@example.com', roles: ['ADMIN', 'ROOT'] }, 'input.roles.1'],
  ])('refuses %j on %s', (input, field) => {
    expect.assertions(2);
    try {
      parseNewUser(input);
    } catch (error) {
      expect(error).toBeInstanceOf(CrmError);
      expect((error as CrmError).field).toBe(field);
    }
  });

  it('names the allowed roles', () => {
    expect(() => parseNewUser({ name: 'Ada', email: 'ada@example.com', roles: ['root'] })).toThrow(
      /^input\.roles\.0: must be one of ADMIN, SALES_MANAGER/,
    );
  });
});
