import { parseQuotaHolder } from '../quota-holder';

const user = '0194c1d0-0000-7000-8000-00000000000A';

describe('a quota holder', () => {
  it('is a user or a team, never both or neither', () => {
    expect(parseQuotaHolder({ userId: user })).toEqual({ userId: user.toLowerCase(), teamId: null });
    expect(() => parseQuotaHolder({})).toThrow(/^input\.userId: give exactly one/);
    expect(() => parseQuotaHolder({ userId: user, teamId: user })).toThrow(/give exactly one/);
  });

  it('refuses an empty id rather than reading it as absent', () => {
    expect(() => parseQuotaHolder({ userId: '' })).toThrow(/^input\.userId: must be an id/);
  });
});
