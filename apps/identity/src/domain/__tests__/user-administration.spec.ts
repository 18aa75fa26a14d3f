import type { Caller } from '@crm/auth';
import { assertKeepsOwnAdmin, assertMayDeactivate, isOwnPassword } from '../user-administration';

const ADMIN_ID = '01950c80-0000-7000-8000-00000000a11c';
const OTHER_ID = '01950c80-0000-7000-8000-00000000b0b0';
const admin: Caller = { userId: ADMIN_ID.toUpperCase(), roles: ['ADMIN'], teamId: null, managedUserIds: [] };

describe('user administration rules', () => {
  it('refuses deactivating yourself, on the id', () => {
    expect(() => assertMayDeactivate(admin, ADMIN_ID)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'id' }),
    );
    expect(() => assertMayDeactivate(admin, OTHER_ID)).not.toThrow();
  });

  it('refuses an admin taking ADMIN away from themselves, not from others', () => {
    expect(() => assertKeepsOwnAdmin(admin, ADMIN_ID, ['SALES_REP'])).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'roles' }),
    );
    expect(() => assertKeepsOwnAdmin(admin, ADMIN_ID, ['ADMIN', 'SALES_REP'])).not.toThrow();
    expect(() => assertKeepsOwnAdmin(admin, OTHER_ID, ['SALES_REP'])).not.toThrow();
  });

  it('knows whose password it is', () => {
    expect(isOwnPassword(admin, ADMIN_ID)).toBe(true);
    expect(isOwnPassword(admin, OTHER_ID)).toBe(false);
  });
});
