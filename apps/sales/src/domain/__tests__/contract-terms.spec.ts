import { addDays, contractTerms } from '../contract-terms';

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
