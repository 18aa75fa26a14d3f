import { bucketLabels, bucketOf, bucketStepOf, parseReportPeriod } from '../report-period';

describe('report periods and their buckets', () => {
  it('labels days by granularity (ISO weeks)', () => {
    expect(bucketOf('2026-03-09', 'DAY')).toBe('2026-03-09');
    expect(bucketOf('2026-01-01', 'WEEK')).toBe('2026-W01');
    expect(bucketOf('2027-01-01', 'WEEK')).toBe('2026-W53');
    expect(bucketOf('2026-03-09', 'MONTH')).toBe('2026-03');
    expect(bucketOf('2026-08-31', 'QUARTER')).toBe('2026-Q3');
    expect(bucketOf('2026-08-31', 'YEAR')).toBe('2026');
  });

  it('lists every bucket of the period, empty ones too', () => {
    expect(bucketLabels({ from: '2026-11-15', to: '2027-02-01', granularity: 'MONTH' })).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    expect(bucketLabels({ from: '2026-01-01', to: '2026-12-31', granularity: 'QUARTER' })).toHaveLength(4);
  });

  it('refuses a period that ends before it starts, on period.to', () => {
    expect(() => parseReportPeriod({ from: '2026-02-01', to: '2026-01-31', granularity: 'MONTH' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'period.to' }),
    );
  });

  it('steps buckets by a Postgres interval, a quarter being three months', () => {
    expect(['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'].map((g) => bucketStepOf(g as 'DAY'))).toEqual([
      '1 day',
      '1 week',
      '1 month',
      '3 months',
      '1 year',
    ]);
  });
});
