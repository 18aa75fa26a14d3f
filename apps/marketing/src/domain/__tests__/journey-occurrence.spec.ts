import { birthdaysDue, occurrenceOf } from '../journey-occurrence';

describe('journey occurrence', () => {
  it('is the local date of a date trigger, which may differ from the UTC date', () => {
    const trigger = { kind: 'DATE', field: 'BIRTH_DATE', daysBefore: 0, timeZone: 'Asia/Shanghai' } as const;
    expect(occurrenceOf(trigger, new Date('2026-03-01T17:00:00Z'))).toBe('2026-03-02');
    expect(occurrenceOf({ ...trigger, timeZone: 'UTC' }, new Date('2026-03-01T17:00:00Z'))).toBe(
      '2026-03-01',
    );
  });

  it("is the latest slot of a schedule's cron", () => {
    const trigger = { kind: 'SCHEDULE', cron: '0 9 1 * *', segmentId: 'x' } as const;
    expect(occurrenceOf(trigger, new Date('2026-03-15T12:00:00Z'))).toBe('2026-03-01T09:00:00.000Z');
    expect(occurrenceOf(trigger, new Date('2026-03-01T09:00:00Z'))).toBe('2026-03-01T09:00:00.000Z');
    expect(occurrenceOf(trigger, new Date('2026-03-01T08:59:59Z'))).toBe('2026-02-01T09:00:00.000Z');
  });

  it('finds the birthdays a number of days ahead, across month and year ends', () => {
    expect(birthdaysDue('2026-05-10', 0)).toEqual(['05-10']);
    expect(birthdaysDue('2026-05-30', 3)).toEqual(['06-02']);
    expect(birthdaysDue('2026-12-30', 7)).toEqual(['01-06']);
  });

  it('celebrates 29 February on the 28th in years without one, and on the day in leap years', () => {
    expect(birthdaysDue('2027-02-28', 0)).toEqual(['02-28', '02-29']);
    expect(birthdaysDue('2028-02-28', 0)).toEqual(['02-28']);
    expect(birthdaysDue('2028-02-29', 0)).toEqual(['02-29']);
    expect(birthdaysDue('2027-02-21', 7)).toEqual(['02-28', '02-29']);
  });
});
