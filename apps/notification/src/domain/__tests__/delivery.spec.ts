import { channelOf, deliveryOf, NO_PREFERENCES } from '../delivery';
import { DEFAULT_CHANNELS, NOTIFICATION_KINDS } from '../notification-kinds';

describe('delivery by preferences', () => {
  it('has a default channel for every kind', () => {
    for (const kind of NOTIFICATION_KINDS) expect(DEFAULT_CHANNELS[kind]).toMatch(/^(IN_APP|EMAIL|BOTH)$/);
    expect(channelOf('LARGE_DEAL_DETECTED', NO_PREFERENCES)).toBe('BOTH');
    expect(channelOf('LEAD_ASSIGNED', NO_PREFERENCES)).toBe('IN_APP');
  });

  it('takes the user’s choice over the default', () => {
    const preferences = { channels: { LARGE_DEAL_DETECTED: 'IN_APP' as const }, dailyDigest: false };
    expect(deliveryOf('LARGE_DEAL_DETECTED', preferences)).toEqual({
      inApp: true,
      emailDue: false,
      emailNow: false,
    });
  });

  it.each([
    ['IN_APP', false, { inApp: true, emailDue: false, emailNow: false }],
    ['EMAIL', false, { inApp: false, emailDue: true, emailNow: true }],
    ['BOTH', false, { inApp: true, emailDue: true, emailNow: true }],
    ['BOTH', true, { inApp: true, emailDue: true, emailNow: false }],
    ['EMAIL', true, { inApp: false, emailDue: true, emailNow: false }],
  ] as const)('%s with digest %s', (channel, dailyDigest, expected) => {
    expect(deliveryOf('ORDER_OVERDUE', { channels: { ORDER_OVERDUE: channel }, dailyDigest })).toEqual(
      expected,
    );
  });
});
