import { User } from '../../data/user.entity';
import { auditedUser } from '../audited-user';

describe('auditedUser', () => {
  it('keeps every field but the password hash', () => {
    const user = Object.assign(new User(), {
      id: '0194c1d0-0000-7000-8000-0000000000a1',
      name: 'Ada',
      email: 'ada@example.com',
      active: true,
      roles: ['SALES_REP'],
      teamId: null,
      passwordHash: '$argon2id$v=19$secret',
    });
    const audited = auditedUser(user);
    expect(audited).not.toHaveProperty('passwordHash');
    expect(JSON.stringify(audited)).not.toContain('argon2');
    expect(audited).toMatchObject({ name: 'Ada', email: 'ada@example.com', roles: ['SALES_REP'] });
  });
});
