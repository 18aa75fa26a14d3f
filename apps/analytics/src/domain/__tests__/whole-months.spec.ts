import { daysOf, splitAtWholeMonths } from '../whole-months';

describe('a period split into whole months and partial edges', () => {
  it('keeps a period of whole months whole', () => {
    expect(splitAtWholeMonths('2026-01-01', '2026-03-31')).toEqual({
      months: { from: '2026-01-01', to: '2026-03-01' },
      edges: [],
    });
  });

  it('cuts the partial first and last months off as edges', () => {
    expect(splitAtWholeMonths('2025-12-05', '2026-12-04')).toEqual({
      months: { from: '2026-01-01', to: '2026-11-01' },
      edges: [
        { from: '2025-12-05', to: '2025-12-31' },
        { from: '2026-12-01', to: '2026-12-04' },
      ],
    });
  });

  it('has one edge when only one end is partial', () => {
    expect(splitAtWholeMonths('2026-02-01', '2026-03-15')).toEqual({
      months: { from: '2026-02-01', to: '2026-02-01' },
      edges: [{ from: '2026-03-01', to: '2026-03-15' }],
    });
    expect(splitAtWholeMonths('2024-02-10', '2024-03-31')).toEqual({
      months: { from: '2024-03-01', to: '2024-03-01' },
      edges: [{ from: '2024-02-10', to: '2024-02-29' }],
    });
  });

  it('leaves a period without a whole month to the edges alone', () => {
    expect(splitAtWholeMonths('2026-03-02', '2026-03-30')).toEqual({
      months: null,
      edges: [{ from: '2026-03-02', to: '2026-03-30' }],
    });
    expect(splitAtWholeMonths('2026-03-15', '2026-04-14')).toEqual({
      months: null,
      edges: [{ from: '2026-03-15', to: '2026-04-14' }],
    });
    expect(splitAtWholeMonths('2026-03-31', '2026-03-31')).toEqual({
      months: null,
      edges: [{ from: '2026-03-31', to: '2026-03-31' }],
    });
  });

  it('takes a single whole month, February of a leap year included', () => {
    expect(splitAtWholeMonths('2028-02-01', '2028-02-29')).toEqual({
      months: { from: '2028-02-01', to: '2028-02-01' },
      edges: [],
    });
  });

  it('lists the days of an edge, across a month end', () => {
    expect(daysOf({ from: '2026-02-27', to: '2026-03-02' })).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(daysOf({ from: '2026-03-31', to: '2026-03-31' })).toEqual(['2026-03-31']);
  });
});
