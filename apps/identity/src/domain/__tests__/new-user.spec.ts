import { CrmError } from '@crm/errors';
import { parseNewUser, parseRoles } from '../new-user';

describe('parseNewUser', () => {
  it('normalises a valid user', () => {
    expect(
      parseNewUser({ name: '  Ada Lovelace ', email: ' Ada@Example.COM ', roles: ['SALES_REP', 'ANALYST'] }),
    ).toEqual({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      roles: ['SALES_REP', 'ANALYST'],
      password: null,
      teamId: null,
    });
  });

  it('keeps an initial password and team', () => {
    const teamId = '0190f5c2-7a3e-7cc1-8a2b-2f0c1d4e5f60';
    expect(
      parseNewUser({
        name: 'Ada',
        email: 'ada@example.com',
        roles: ['ADMIN'],
        password: 'demo-password-2026',
        teamId,
      }),
    ).toMatchObject({ password: 'demo-password-2026', teamId });
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
    [{ name: 'Ada', email: 'ada@example.com', roles: ['ADMIN'], password: 'too-short' }, 'input.password'],
    [{ name: 'Ada', email: 'ada@example.com', roles: ['ADMIN'], teamId: 'sales' }, 'input.teamId'],
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

describe('parseRoles', () => {
  it('keeps each role once', () => {
    expect(parseRoles(['SALES_REP', 'SALES_REP', 'ANALYST'])).toEqual(['SALES_REP', 'ANALYST']);
  });

  it('refuses an empty list or an unknown role on its path', () => {
    expect(() => parseRoles([])).toThrow(/^roles: must hold at least one role/);
    expect(() => parseRoles(['ROOT'])).toThrow(/^roles\.0: must be one of ADMIN/);
  });
});
