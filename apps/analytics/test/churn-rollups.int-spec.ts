import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { refillCustomerReportRollups } from '@crm/analytics';
import { endChurnSpell, startChurnSpell } from '../src/data/report-churn.repository';
import type { ReportQuery } from '../src/reports/report-definition';
import { churnPerCustomerSql } from '../src/reports/customer/churn-per-customer-sql';
import { churnRollupSql } from '../src/reports/customer/churn-rollup-sql';
import { reportRows, SqlParameters } from '../src/reports/customer/report-sql';
import { ownReadModels, type OwnReadModels } from './support/own-read-models';

const OWNERS = [randomUUID(), randomUUID(), randomUUID()];
const SEGMENT = randomUUID();
const REASONS = ['PRICE', 'SERVICE', 'COMPETITOR'];
const DAY_MS = 86_400_000;
const START = Date.parse('2025-01-01T00:00:00.000Z');

/** A deterministic spread: customer i is created on day 3i mod 170 at an hour of its own. */
const createdAt = (i: number) => new Date(START + ((3 * i) % 170) * DAY_MS + (i % 24) * 3_600_000);

/**
 * 90 customers of three owners in two regions, a third in one segment; two in three churn, some
 * come back, some churn again (for the same reason or another), some on the day they came back.
 */
async function loadCustomers(readModels: DataSource): Promise<void> {
  await readModels.transaction(async (manager) => {
    for (let i = 0; i < 90; i++) {
      const customerId = randomUUID();
      await manager.query(
        `INSERT INTO report_customers (customer_id, kind, owner_id, region, created_at) VALUES ($1, 'COMPANY', $2, $3, $4)`,
        [customerId, OWNERS[i % 3], i % 2 ? 'EMEA' : 'APAC', createdAt(i)],
      );
      if (i % 3 === 1) {
        await manager.query('INSERT INTO report_segment_members (segment_id, customer_id) VALUES ($1, $2)', [
          SEGMENT,
          customerId,
        ]);
      }
      if (i % 3 === 0) continue;
      const churned = new Date(createdAt(i).getTime() + ((7 * i) % 60) * DAY_MS + 3_600_000);
      await startChurnSpell(manager, customerId, churned, REASONS[i % 3]);
      if (i % 4 === 0) continue;
      const back = new Date(churned.getTime() + ((5 * i) % 20) * DAY_MS);
      await endChurnSpell(manager, customerId, back);
      if (i % 5 === 0) {
        const again = new Date(back.getTime() + (i % 3) * DAY_MS + 60_000);
        await startChurnSpell(manager, customerId, again, REASONS[(i + 1) % 3]);
      }
    }
  });
  await refillCustomerReportRollups(readModels.manager);
}

type Row = { kind: string; key: string | null; at_start: number; lost: number; month_offset: number };

async function rowsOf(
  readModels: DataSource,
  sqlOf: typeof churnRollupSql,
  query: ReportQuery,
): Promise<Row[]> {
  const parameters = new SqlParameters();
  const rows = await reportRows<Row>(readModels, sqlOf(query, parameters), parameters.values);
  return rows
    .map((row) => ({ ...row, at_start: Number(row.at_start), lost: Number(row.lost) }))
    .sort((a, b) => `${a.kind}${a.key}${a.month_offset}`.localeCompare(`${b.kind}${b.key}${b.month_offset}`));
}

const admin = { userId: randomUUID(), roles: ['ADMIN'], teamId: null, managedUserIds: [] };

/**
 * Issue 14 item 8: the churn report reads roll-ups by month and by day for any period and buckets;
 * they must give what reading every customer gives.
 */
describe('churn roll-ups by month and by day', () => {
  let own: OwnReadModels;

  beforeAll(async () => {
    own = await ownReadModels('churn_rollups');
    await loadCustomers(own.readModels);
  });

  afterAll(() => own?.drop());

  const periods: [string, ReportQuery['period']][] = [
    ['days', { from: '2025-02-10', to: '2025-03-05', granularity: 'DAY' }],
    ['weeks', { from: '2025-01-20', to: '2025-05-14', granularity: 'WEEK' }],
    ['whole months by month', { from: '2025-02-01', to: '2025-05-31', granularity: 'MONTH' }],
    ['months cut short', { from: '2025-02-15', to: '2025-06-10', granularity: 'MONTH' }],
    ['a year by quarter', { from: '2025-01-01', to: '2025-12-31', granularity: 'QUARTER' }],
  ];
  const filters: [string, ReportQuery['filter']][] = [
    ['everyone', {}],
    ['one owner', { ownerId: OWNERS[1] }],
    ['one region', { region: 'EMEA' }],
  ];

  it.each(periods.flatMap(([name, period]) => filters.map(([who, filter]) => [name, who, period, filter])))(
    'gives for %s and %s what every customer gives',
    async (_name, _who, period, filter) => {
      const query: ReportQuery = {
        period: period as ReportQuery['period'],
        filter: filter as ReportQuery['filter'],
        caller: admin,
        scope: 'all',
      };
      const expected = await rowsOf(own.readModels, churnPerCustomerSql, query);
      // Not vacuous: someone was there at the start and someone was lost.
      expect(expected.some((row) => row.kind === 'period' && row.at_start > 0)).toBe(true);
      expect(expected.some((row) => row.kind === 'period' && row.lost > 0)).toBe(true);
      expect(await rowsOf(own.readModels, churnRollupSql, query)).toEqual(expected);
    },
  );
});
