import {
  birthdaysDue,
  occurrenceOf,
  occurrenceTakenAtPublication,
  pendingBirthdayOccurrence,
} from '../journey-occurrence';

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

  it('takes the latest past slot of a schedule as done at publication, nothing of a date trigger', () => {
    const schedule = { kind: 'SCHEDULE', cron: '0 9 * * 1', segmentId: 'x' } as const;
    expect(occurrenceTakenAtPublication(schedule, new Date('2026-03-04T12:00:00Z'))).toBe(
      '2026-03-02T09:00:00.000Z',
    );
    const birthday = { kind: 'DATE', field: 'BIRTH_DATE', daysBefore: 0, timeZone: 'UTC' } as const;
    expect(occurrenceTakenAtPublication(birthday, new Date('2026-03-04T12:00:00Z'))).toBeNull();
  });

  it("places a birth date that arrives late in its pass's occurrence, within the look-ahead only", () => {
    const onTheDay = { kind: 'DATE', field: 'BIRTH_DATE', daysBefore: 0, timeZone: 'UTC' } as const;
    const now = new Date('2026-05-10T15:00:00Z');
    expect(pendingBirthdayOccurrence(onTheDay, '1990-05-10', now)).toBe('2026-05-10');
    expect(pendingBirthdayOccurrence(onTheDay, '1990-05-11', now)).toBeNull();
    expect(pendingBirthdayOccurrence(onTheDay, '1990-05-09', now)).toBeNull();
    const weekAhead = { ...onTheDay, daysBefore: 7 };
    // Birthday in 3 days: its pass was 4 days ago, the customer missed it.
    expect(pendingBirthdayOccurrence(weekAhead, '1990-05-13', now)).toBe('2026-05-06');
    expect(pendingBirthdayOccurrence(weekAhead, '1990-05-17', now)).toBe('2026-05-10');
    expect(pendingBirthdayOccurrence(weekAhead, '1990-05-18', now)).toBeNull();
    // Across the year's end, and in the trigger's time zone (already 11 May in Shanghai at 17:00 UTC).
    expect(pendingBirthdayOccurrence(weekAhead, '1990-01-02', new Date('2026-12-30T10:00:00Z'))).toBe(
      '2026-12-26',
    );
    const shanghai = { ...onTheDay, timeZone: 'Asia/Shanghai' };
    expect(pendingBirthdayOccurrence(shanghai, '1990-05-11', new Date('2026-05-10T17:00:00Z'))).toBe(
      '2026-05-11',
    );
  });

  it('celebrates a late 29 February birth date on the 28th in years without one', () => {
    const onTheDay = { kind: 'DATE', field: 'BIRTH_DATE', daysBefore: 0, timeZone: 'UTC' } as const;
    expect(pendingBirthdayOccurrence(onTheDay, '2000-02-29', new Date('2027-02-28T08:00:00Z'))).toBe(
      '2027-02-28',
    );
    expect(pendingBirthdayOccurrence(onTheDay, '2000-02-29', new Date('2028-02-28T08:00:00Z'))).toBeNull();
  });
});
