import { parseQuotaPeriod } from '../quota-period';

describe('quota period', () => {
  it('reads months and quarters with their first and last day', () => {
    expect(parseQuotaPeriod('2026-11')).toEqual({
      code: '2026-11',
      kind: 'MONTH',
      startsOn: '2026-11-01',
      endsOn: '2026-11-30',
    });
    expect(parseQuotaPeriod('2028-02').endsOn).toBe('2028-02-29');
    expect(parseQuotaPeriod('2026-q4')).toEqual({
      code: '2026-Q4',
      kind: 'QUARTER',
      startsOn: '2026-10-01',
      endsOn: '2026-12-31',
    });
  });

  it('refuses anything else with the field', () => {
    expect(() => parseQuotaPeriod('2026-13')).toThrow(/^input\.period: must be a month/);
    expect(() => parseQuotaPeriod('Q4 2026', 'period')).toThrow(/^period: /);
  });
});
