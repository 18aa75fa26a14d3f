import { streamLifetimeMs } from '../stream-lifetime';

/** The function reads only the `exp` of a token the gateway verified already: the signature is not its business. */
const tokenExpiringAt = (expSeconds: number) =>
  [
    { alg: 'ES256', typ: 'JWT' },
    { sub: 'u', exp: expSeconds },
  ]
    .map((part) => Buffer.from(JSON.stringify(part)).toString('base64url'))
    .concat('signature')
    .join('.');

describe('live feed stream lifetime', () => {
  const now = Date.parse('2030-01-01T10:00:00Z');

  it('lasts until the access token expires', () => {
    const token = tokenExpiringAt(now / 1000 + 15 * 60);
    expect(streamLifetimeMs(`Bearer ${token}`, now)).toBe(15 * 60_000);
    expect(streamLifetimeMs(`Bearer ${token}`, now + 16 * 60_000)).toBe(0);
  });

  it('stays within what a timer can wait for a token of years', () => {
    expect(streamLifetimeMs(`Bearer ${tokenExpiringAt(now / 1000 + 3 * 365 * 86_400)}`, now)).toBe(
      2 ** 31 - 1,
    );
  });

  it('is over at once without a token', () => {
    expect(streamLifetimeMs(undefined, now)).toBe(0);
  });
});
