import { addDays, contractTerms, parseRenewalWindow, renewedTerms } from '../contract-terms';

describe('contract terms', () => {
  it('renews on the end date by default, reminding 30 days before', () => {
    expect(contractTerms({ startDate: '2026-01-01', endDate: '2026-12-31' })).toEqual({
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      renewalDate: '2026-12-31',
      renewalReminderDays: 30,
      renewalReminderOn: '2026-12-01',
    });
  });

  it('takes an explicit renewal date and reminder', () => {
    const terms = contractTerms({
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      renewalDate: '2026-03-01',
      renewalReminderDays: 1,
    });
    expect(terms.renewalReminderOn).toBe('2026-02-28');
  });

  it.each([
    [{ endDate: '2025-12-31' }, 'input.endDate'],
    [{ renewalDate: '2025-06-01' }, 'input.renewalDate'],
    [{ renewalReminderDays: -1 }, 'input.renewalReminderDays'],
    [{ renewalReminderDays: 400 }, 'input.renewalReminderDays'],
  ])('refuses %j on %s', (change, field) => {
    expect(() => contractTerms({ startDate: '2026-01-01', endDate: '2026-12-31', ...change })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
    );
  });

  it('adds days across month and leap-year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('renewing a contract', () => {
  const current = { startDate: '2026-01-01', endDate: '2026-12-31', renewalReminderDays: 30 };

  it('moves the end (and by default the renewal) date later, keeping the reminder lead time', () => {
    expect(renewedTerms(current, { newEndDate: '2027-12-31' })).toMatchObject({
      endDate: '2027-12-31',
      renewalDate: '2027-12-31',
      renewalReminderOn: '2027-12-01',
    });
    expect(() => renewedTerms(current, { newEndDate: '2026-12-31' })).toThrow(
      /^input\.newEndDate: must be after the current end date 2026-12-31/,
    );
  });

  it('looks 0 to 3650 days ahead for renewals due, 30 by default', () => {
    expect(parseRenewalWindow(undefined)).toBe(30);
    expect(() => parseRenewalWindow(-1)).toThrow(/^withinDays: must be 0 to 3650 days/);
  });
});
