import { CrmError } from '@crm/errors';
import { checkReportPeriod } from '../report-period';

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof CrmError ? `${error.code} ${error.field}` : String(error);
  }
  return 'accepted';
};

describe('report period', () => {
  it('accepts a period of one day and a year of months', () => {
    expect(
      fieldOf(() => checkReportPeriod({ from: '2026-03-01', to: '2026-03-01', granularity: 'DAY' })),
    ).toBe('accepted');
    expect(
      fieldOf(() => checkReportPeriod({ from: '2026-01-01', to: '2026-12-31', granularity: 'MONTH' })),
    ).toBe('accepted');
  });

  it('refuses an end before the start, and too many buckets, naming the field', () => {
    expect(
      fieldOf(() => checkReportPeriod({ from: '2026-03-02', to: '2026-03-01', granularity: 'DAY' })),
    ).toBe('BAD_USER_INPUT period.to');
    expect(
      fieldOf(() => checkReportPeriod({ from: '2020-01-01', to: '2026-12-31', granularity: 'DAY' })),
    ).toBe('BAD_USER_INPUT period.granularity');
  });
});
