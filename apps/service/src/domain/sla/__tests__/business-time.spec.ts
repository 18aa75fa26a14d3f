import type { BusinessCalendar, OpeningHours, Weekday } from '../business-calendar';
import { WEEKDAYS } from '../business-calendar';
import { addBusinessTime, businessTimeBetween, type Pause } from '../business-time';

const MINUTE = 60_000;
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const hours = (days: readonly Weekday[], start: number, end: number): OpeningHours[] =>
  days.map((day) => ({ day, startMinute: start * 60, endMinute: end * 60 }));
const WORKDAYS = WEEKDAYS.slice(0, 5);

/** Mon–Fri 09:00–17:00 in Berlin (UTC+1 in winter), Christmas Day off. */
const berlin: BusinessCalendar = {
  timeZone: 'Europe/Berlin',
  weeklyHours: hours(WORKDAYS, 9, 17),
  holidays: ['2026-12-25'],
};

describe('business time in a calendar (Europe/Berlin, Mon–Fri 09:00–17:00)', () => {
  it('counts only the working hours: Friday 16:00 + 2 h is Monday 10:00', () => {
    expect(iso(addBusinessTime(berlin, at('2026-12-04T15:00:00Z'), 120 * MINUTE, []))).toBe(
      '2026-12-07T09:00:00.000Z',
    );
  });

  it('starts counting at opening time when a ticket arrives before it', () => {
    expect(iso(addBusinessTime(berlin, at('2026-12-07T06:00:00Z'), 60 * MINUTE, []))).toBe(
      '2026-12-07T09:00:00.000Z',
    );
  });

  it('skips holidays: Thursday 16:30 + 1 h is Monday 09:30 when Friday is Christmas', () => {
    expect(iso(addBusinessTime(berlin, at('2026-12-24T15:30:00Z'), 60 * MINUTE, []))).toBe(
      '2026-12-28T08:30:00.000Z',
    );
  });

  it('skips the break between two spans of a day', () => {
    const withLunch = { ...berlin, weeklyHours: [...hours(WORKDAYS, 9, 12), ...hours(WORKDAYS, 13, 17)] };
    expect(iso(addBusinessTime(withLunch, at('2026-12-07T10:30:00Z'), 60 * MINUTE, []))).toBe(
      '2026-12-07T12:30:00.000Z',
    );
    expect(businessTimeBetween(withLunch, at('2026-12-07T08:00:00Z'), at('2026-12-07T16:00:00Z'), [])).toBe(
      7 * 60 * MINUTE,
    );
  });

  it('measures business time across a weekend', () => {
    expect(businessTimeBetween(berlin, at('2026-12-04T15:00:00Z'), at('2026-12-07T09:00:00Z'), [])).toBe(
      120 * MINUTE,
    );
  });

  it('follows the offset change of daylight saving time (New York, 2026-03-08)', () => {
    const newYork = { timeZone: 'America/New_York', weeklyHours: hours(WORKDAYS, 9, 17), holidays: [] };
    // Friday 16:00 EST (UTC-5) + 2 h = Monday 10:00 EDT (UTC-4).
    expect(iso(addBusinessTime(newYork, at('2026-03-06T21:00:00Z'), 120 * MINUTE, []))).toBe(
      '2026-03-09T14:00:00.000Z',
    );
  });

  it('counts the real length of a day that loses an hour (Berlin, 2026-03-29 has 23 hours)', () => {
    const always = { timeZone: 'Europe/Berlin', weeklyHours: hours(WEEKDAYS, 0, 24), holidays: [] };
    expect(businessTimeBetween(always, at('2026-03-28T23:00:00Z'), at('2026-03-29T22:00:00Z'), [])).toBe(
      23 * 60 * MINUTE,
    );
    expect(iso(addBusinessTime(always, at('2026-03-28T11:00:00Z'), 24 * 60 * MINUTE, []))).toBe(
      '2026-03-29T11:00:00.000Z',
    );
  });

  it('counts the real length of a day that gains an hour (Berlin, 2026-10-25 has 25 hours)', () => {
    const always = { timeZone: 'Europe/Berlin', weeklyHours: hours(WEEKDAYS, 0, 24), holidays: [] };
    expect(businessTimeBetween(always, at('2026-10-24T22:00:00Z'), at('2026-10-25T23:00:00Z'), [])).toBe(
      25 * 60 * MINUTE,
    );
  });

  describe('with the clock paused while waiting on the customer', () => {
    const opened = at('2026-12-07T08:00:00Z'); // Monday 09:00
    const waited: Pause = { start: at('2026-12-07T09:00:00Z'), end: at('2026-12-07T13:00:00Z') };

    it('moves the due time by the business time paused', () => {
      expect(iso(addBusinessTime(berlin, opened, 120 * MINUTE, [waited]))).toBe('2026-12-07T14:00:00.000Z');
      expect(businessTimeBetween(berlin, opened, at('2026-12-07T14:00:00Z'), [waited])).toBe(120 * MINUTE);
    });

    it('has no due time while a pause still runs, unless the target fell due before it', () => {
      const running: Pause = { start: waited.start, end: null };
      expect(addBusinessTime(berlin, opened, 120 * MINUTE, [running])).toBeNull();
      expect(iso(addBusinessTime(berlin, opened, 30 * MINUTE, [running]))).toBe('2026-12-07T08:30:00.000Z');
      expect(businessTimeBetween(berlin, opened, at('2026-12-08T16:00:00Z'), [running])).toBe(60 * MINUTE);
    });

    it('ignores a pause outside business hours', () => {
      const overnight: Pause = { start: at('2026-12-07T17:00:00Z'), end: at('2026-12-08T07:00:00Z') };
      expect(iso(addBusinessTime(berlin, opened, 9 * 60 * MINUTE, [overnight]))).toBe(
        '2026-12-08T09:00:00.000Z',
      );
    });
  });
});
