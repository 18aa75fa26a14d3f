import { CrmError } from '@crm/errors';
import { assertActiveManager, parseNewTeam } from '../new-team';

describe('parseNewTeam', () => {
  const managerId = '0190f5c2-7a3e-7cc1-8a2b-2f0c1d4e5f60';

  it('normalises a valid team', () => {
    expect(parseNewTeam({ name: '  Sales ', managerId: managerId.toUpperCase() })).toEqual({
      name: 'Sales',
      managerId,
    });
  });

  it.each([
    [{ name: '', managerId }, 'input.name'],
    [{ name: 'Sales', managerId: 'sam' }, 'input.managerId'],
  ])('refuses %j on %s', (input, field) => {
    expect.assertions(2);
    try {
      parseNewTeam(input);
    } catch (error) {
      expect(error).toBeInstanceOf(CrmError);
      expect((error as CrmError).field).toBe(field);
    }
  });
});

describe('assertActiveManager', () => {
  it('refuses a deactivated manager on input.managerId', () => {
    const manager = { id: '0190f5c2-7a3e-7cc1-8a2b-2f0c1d4e5f60', active: false };
    expect(() => assertActiveManager(manager)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.managerId' }),
    );
    expect(() => assertActiveManager({ ...manager, active: true })).not.toThrow();
  });
});
