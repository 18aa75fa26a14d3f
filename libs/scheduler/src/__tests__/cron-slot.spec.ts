import { assertCron, latestSlot, ManualClock, runIdOf } from '@crm/scheduler';

describe('latestSlot', () => {
  it.each([
    ['* * * * *', '2030-01-01T10:20:31.250Z', '2030-01-01T10:20:00.000Z'],
    ['0 * * * *', '2030-01-01T10:59:59.999Z', '2030-01-01T10:00:00.000Z'],
    ['0 * * * *', '2030-01-01T11:00:00.000Z', '2030-01-01T11:00:00.000Z'],
    ['*/15 * * * *', '2030-01-01T00:14:00.000Z', '2030-01-01T00:00:00.000Z'],
    ['5 0 * * *', '2030-01-01T00:04:00.000Z', '2029-12-31T00:05:00.000Z'],
  ])('%s at %s belongs to the slot of %s (UTC)', (cron, now, slot) => {
    expect(latestSlot(cron, new Date(now)).toISOString()).toBe(slot);
  });

  it('names a bad expression and the setting it came from', () => {
    expect(() => assertCron('SALES_QUOTE_EXPIRY_CRON', 'every minute')).toThrow(
      /^SALES_QUOTE_EXPIRY_CRON: not a cron expression \(got "every minute"\)/,
    );
    expect(() => assertCron('ok', '*/5 * * * *')).not.toThrow();
  });
});

describe('runIdOf', () => {
  it('gives every replica the same id for a job and slot, another for the next slot', () => {
    const slot = new Date('2030-01-01T10:00:00Z');
    expect(runIdOf('sales.quote-expiry', slot)).toBe(runIdOf('sales.quote-expiry', new Date(slot)));
    expect(runIdOf('sales.quote-expiry', slot)).not.toBe(
      runIdOf('sales.quote-expiry', new Date('2030-01-01T11:00:00Z')),
    );
    expect(runIdOf('sales.quote-expiry', slot)).not.toBe(runIdOf('sales.order-overdue', slot));
  });
});

describe('ManualClock', () => {
  it('stands still until set or advanced', () => {
    const clock = new ManualClock('2030-01-01T00:00:00Z');
    expect(clock.now().toISOString()).toBe('2030-01-01T00:00:00.000Z');
    clock.advance(90_000);
    expect(clock.now().toISOString()).toBe('2030-01-01T00:01:30.000Z');
    clock.set('2031-06-01T12:00:00Z');
    expect(clock.now().toISOString()).toBe('2031-06-01T12:00:00.000Z');
  });
});
