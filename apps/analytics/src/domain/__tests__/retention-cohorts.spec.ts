import { countCohorts, retentionCohorts } from '../retention-cohorts';

describe('retention cohorts by first-purchase month', () => {
  // Hand-computed: a, b, c first buy in January; d in February. In February a and b buy again,
  // in March a; d buys again in April.
  const purchases = [
    { customerId: 'a', month: '2026-01-01' },
    { customerId: 'b', month: '2026-01-01' },
    { customerId: 'c', month: '2026-01-01' },
    { customerId: 'a', month: '2026-02-01' },
    { customerId: 'b', month: '2026-02-01' },
    { customerId: 'd', month: '2026-02-01' },
    { customerId: 'a', month: '2026-03-01' },
    { customerId: 'a', month: '2026-03-01' },
    { customerId: 'd', month: '2026-04-01' },
  ];

  it('counts each customer once per cohort and month offset', () => {
    expect(countCohorts(purchases)).toEqual([
      { cohort: '2026-01-01', monthOffset: 0, customers: 3 },
      { cohort: '2026-01-01', monthOffset: 1, customers: 2 },
      { cohort: '2026-01-01', monthOffset: 2, customers: 1 },
      { cohort: '2026-02-01', monthOffset: 0, customers: 1 },
      { cohort: '2026-02-01', monthOffset: 2, customers: 1 },
    ]);
  });

  it('gives each cohort its retention per month up to the last month, empty months at 0 %', () => {
    const cohorts = retentionCohorts(countCohorts(purchases), '2026-04-01');
    expect(cohorts).toEqual([
      {
        cohort: '2026-01-01',
        customers: 3,
        months: [
          { monthOffset: 0, customers: 3, retention: '100.00' },
          { monthOffset: 1, customers: 2, retention: '66.67' },
          { monthOffset: 2, customers: 1, retention: '33.33' },
          { monthOffset: 3, customers: 0, retention: '0.00' },
        ],
      },
      {
        cohort: '2026-02-01',
        customers: 1,
        months: [
          { monthOffset: 0, customers: 1, retention: '100.00' },
          { monthOffset: 1, customers: 0, retention: '0.00' },
          { monthOffset: 2, customers: 1, retention: '100.00' },
        ],
      },
    ]);
  });

  it('crosses years', () => {
    const cohorts = retentionCohorts(
      countCohorts([
        { customerId: 'a', month: '2025-12-01' },
        { customerId: 'a', month: '2026-01-01' },
      ]),
      '2026-01-01',
    );
    expect(cohorts[0].months.map((month) => month.retention)).toEqual(['100.00', '100.00']);
  });
});
