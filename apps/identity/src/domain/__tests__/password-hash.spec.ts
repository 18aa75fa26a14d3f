import { hashPassword, verifyPassword } from '../password-hash';

describe('password hashing', () => {
  it('stores argon2id with a salt, so one password hashes differently each time', async () => {
    const [first, second] = await Promise.all([
      hashPassword('demo-password-2026'),
      hashPassword('demo-password-2026'),
    ]);
    expect(first).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(first).not.toBe(second);
  });

  it('verifies the right password only', async () => {
    const stored = await hashPassword('demo-password-2026');
    await expect(verifyPassword(stored, 'demo-password-2026')).resolves.toBe(true);
    await expect(verifyPassword(stored, 'demo-password-2027')).resolves.toBe(false);
  });

  it('fails without a stored hash (unknown user, or no password set yet)', async () => {
    await expect(verifyPassword(null, 'demo-password-2026')).resolves.toBe(false);
    await expect(verifyPassword(undefined, '')).resolves.toBe(false);
  });
});
