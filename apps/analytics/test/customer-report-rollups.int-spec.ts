import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { analyticsEventHandlers, refillCustomerReportRollups } from '@crm/analytics';
import { buildEvent } from '@crm/events';
import { applyInOneTransaction, type HandlerOf } from '@crm/messaging';
import { endChurnSpell, startChurnSpell } from '../src/data/report-churn.repository';
import type { ReportQuery } from '../src/reports/report-definition';
import { churnPerCustomerSql } from '../src/reports/customer/churn-per-customer-sql';
import { churnRollupSql } from '../src/reports/customer/churn-rollup-sql';
import { compositionPerCustomerSql } from '../src/reports/customer/composition-per-customer-sql';
import { compositionRollupSql } from '../src/reports/customer/composition-rollup-sql';
import { contributionPerCustomerSql } from '../src/reports/customer/contribution-per-customer-sql';
import { contributionRollupRows, rankedPeriodOf } from '../src/reports/customer/contribution-rollup-rows';
import { reportRows, SqlParameters } from '../src/reports/customer/report-sql';
import { reconvertRevenueForRates } from '../src/reports/customer/revenue-reconversion';
import { servicePerCustomerSql } from '../src/reports/customer/service-per-customer-sql';
import { serviceRollupSql } from '../src/reports/customer/service-rollup-sql';
import { ownReadModels, type OwnReadModels } from './support/own-read-models';

const OWNERS = [randomUUID(), randomUUID(), randomUUID()];
const SEGMENT = randomUUID();
const REASONS = ['PRICE', 'SERVICE', 'COMPETITOR'];
const INDUSTRIES = ['SOFTWARE', 'RETAIL', null];
const TIERS = ['A', 'B', 'C', 'D'];
const PRODUCTS = [randomUUID(), randomUUID(), randomUUID()];
const QUEUES = [randomUUID(), randomUUID(), null];
const AGENTS = [randomUUID(), randomUUID(), randomUUID(), null];
/** GBP has no rate: its revenue stays unconverted. */
const CURRENCIES = ['EUR', 'EUR', 'EUR', 'GBP'];
const DAY_MS = 86_400_000;
const START = Date.parse('2025-01-01T00:00:00.000Z');

/** A deterministic spread: customer i is created on day 3i mod 170 at an hour of its own. */
const createdAt = (i: number) => new Date(START + ((3 * i) % 170) * DAY_MS + (i % 24) * 3_600_000);

/**
 * 90 customers of three owners in two regions with an industry (or none), a tier and a source, a
 * third in one segment; two in three churn, some come back, some churn again (for the same reason
 * or another), some on the day they came back.
 */
async function loadCustomers(readModels: DataSource): Promise<string[]> {
  const customerIds: string[] = [];
  await readModels.transaction(async (manager) => {
    for (let i = 0; i < 90; i++) {
      const customerId = randomUUID();
      customerIds.push(customerId);
      await manager.query(
        `INSERT INTO report_customers (customer_id, kind, owner_id, region, industry, tier, source, lifecycle_stage, created_at)
         VALUES ($1, 'COMPANY', $2, $3, $4, $5, $6, 'CUSTOMER', $7)`,
        [
          customerId,
          OWNERS[i % 3],
          i % 2 ? 'EMEA' : 'APAC',
          INDUSTRIES[i % 3],
          TIERS[i % 4],
          i % 5 ? 'WEB_FORM' : 'EVENT',
          createdAt(i),
        ],
      );
      for (let order = 0; order < i % 4; order++) {
        await manager.query(
          `INSERT INTO report_revenue_days (customer_id, product_id, placed_on, currency, amount) VALUES ($1, $2, $3, $4, $5)`,
          [
            customerId,
            PRODUCTS[(i + order) % 3],
            new Date(createdAt(i).getTime() + (11 * order + (i % 7)) * DAY_MS),
            CURRENCIES[(i + order) % 4],
            `${(i * 37 + order * 101) % 900}.25`,
          ],
        );
      }
      await loadTickets(manager, customerId, i);
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
  return customerIds;
}

/**
 * Up to two tickets per customer in a queue (or none) with an agent (or none), some answered and
 * resolved, some past their SLA, some with a survey answer (CSAT and NPS, or one of them).
 */
async function loadTickets(manager: EntityManager, customerId: string, i: number): Promise<void> {
  for (let ticket = 0; ticket < i % 3; ticket++) {
    const openedAt = new Date(createdAt(i).getTime() + (9 * ticket + (i % 5)) * DAY_MS + i * 60_000);
    const minutes = (n: number) => new Date(openedAt.getTime() + n * 60_000);
    const ticketId = randomUUID();
    await manager.query(
      `INSERT INTO report_tickets (ticket_id, customer_id, queue_id, assignee_id, opened_at, first_responded_at, resolved_at,
                                   first_response_breached, resolution_breached)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        ticketId,
        customerId,
        QUEUES[(i + ticket) % 3],
        AGENTS[(i + ticket) % 4],
        openedAt,
        i % 4 ? minutes(17 + (i % 13)) : null,
        (i + ticket) % 4 ? minutes(600 + 7 * i) : null,
        i % 7 === 0,
        i % 11 === 0,
      ],
    );
    if ((i + ticket) % 2 === 0) {
      await manager.query(
        `INSERT INTO report_survey_responses (response_id, customer_id, queue_id, assignee_id, csat, nps, responded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          randomUUID(),
          customerId,
          QUEUES[(i + ticket) % 3],
          AGENTS[(i + ticket) % 4],
          i % 6 ? 1 + (i % 5) : null,
          i % 10,
          minutes(2000),
        ],
      );
    }
  }
}

/** Every fourth customer moves to tier B through analytics' handler, as the event would move it. */
async function changeTiers(readModels: DataSource, customerIds: string[]): Promise<void> {
  const handler = (analyticsEventHandlers() as Record<string, HandlerOf>)[
    'crm.customer.customer.tier_changed'
  ];
  const topic = 'crm.customer.customer.v1';
  for (const [i, customerId] of customerIds.entries()) {
    if (i % 4 !== 3) continue;
    const event = buildEvent('crm.customer.customer.tier_changed', {
      subject: customerId,
      actor: 'system',
      data: {
        customerId,
        from: 'D',
        to: 'B',
        reason: 'test',
        source: 'EVENT',
        actorId: randomUUID(),
        causingEventId: null,
        revenue: '1000',
        currency: 'EUR',
        orderCount: 1,
        changedAt: '2025-07-01T00:00:00.000Z',
      },
    });
    await applyInOneTransaction(readModels, [{ event, handler, topic }], { topic, partition: i % 3 });
  }
}

const isNumber = (value: unknown) => value !== null && value !== '' && !Number.isNaN(Number(value));

type SqlOf = (query: ReportQuery, parameters: SqlParameters) => string;
type Row = Record<string, string | number | null>;

/** A report's rows, in one order. */
async function rowsOf(readModels: DataSource, sqlOf: SqlOf, query: ReportQuery): Promise<Row[]> {
  const parameters = new SqlParameters();
  const rows = await reportRows<Row>(readModels, sqlOf(query, parameters), parameters.values);
  return sortedRows(rows);
}

/** Rows with numbers as numbers (amounts as text are exact here), in one order. */
function sortedRows(rows: Row[]): Row[] {
  const numbered = (row: Row): Row =>
    Object.fromEntries(
      Object.entries(row).map(([name, value]) => [
        name,
        name === 'key' || !isNumber(value) ? value : Number(value),
      ]),
    );
  return rows.map(numbered).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

const admin = { userId: randomUUID(), roles: ['ADMIN'], teamId: null, managedUserIds: [] };

/**
 * Issue 14 item 8: the churn and composition reports read roll-ups by month and by day for any
 * period and buckets; they must give what reading every customer gives.
 */
describe('customer report roll-ups by month and by day', () => {
  let own: OwnReadModels;

  beforeAll(async () => {
    own = await ownReadModels('report_rollups');
    await changeTiers(own.readModels, await loadCustomers(own.readModels));
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

  const cases = periods.flatMap(([name, period]) =>
    filters.map(([who, filter]) => [name, who, period, filter]),
  );
  const queryOf = (period: unknown, filter: unknown): ReportQuery => ({
    period: period as ReportQuery['period'],
    filter: filter as ReportQuery['filter'],
    caller: admin,
    scope: 'all',
  });

  it.each(cases)(
    'gives the churn for %s and %s that every customer gives',
    async (_name, _who, period, filter) => {
      const query = queryOf(period, filter);
      const expected = await rowsOf(own.readModels, churnPerCustomerSql, query);
      // Not vacuous: someone was there at the start and someone was lost.
      expect(expected.some((row) => row.kind === 'period' && Number(row.at_start) > 0)).toBe(true);
      expect(expected.some((row) => row.kind === 'period' && Number(row.lost) > 0)).toBe(true);
      expect(await rowsOf(own.readModels, churnRollupSql, query)).toEqual(expected);
    },
  );

  const calendarPeriods: [string, ReportQuery['period']][] = [
    ['a year by day', { from: '2025-01-01', to: '2025-12-31', granularity: 'DAY' }],
    ['a year by week', { from: '2025-01-01', to: '2025-12-31', granularity: 'WEEK' }],
    ['a quarter by month', { from: '2025-04-01', to: '2025-06-30', granularity: 'MONTH' }],
    ['a month by week', { from: '2025-03-01', to: '2025-03-31', granularity: 'WEEK' }],
  ];

  it.each(calendarPeriods)(
    'gives the contribution for %s that every customer gives',
    async (_name, period) => {
      const query = queryOf(period, {});
      const ranked = rankedPeriodOf(query);
      expect(ranked).not.toBeNull();
      const expected = await rowsOf(own.readModels, contributionPerCustomerSql, query);
      // Not vacuous: revenue in buckets, a customer ranked, and revenue left unconverted.
      expect(expected.some((row) => row.kind === 'bucket')).toBe(true);
      expect(expected.some((row) => row.kind === 'customer')).toBe(true);
      expect(expected.some((row) => row.kind === 'unconverted')).toBe(true);
      const fromRollups = await own.readModels.transaction('REPEATABLE READ', (manager) =>
        contributionRollupRows(manager, query, ranked!),
      );
      expect(sortedRows(fromRollups as unknown as Row[])).toEqual(expected);
    },
  );

  it.each(cases)(
    'gives the service figures for %s and %s that every ticket gives',
    async (_name, _who, period, filter) => {
      const query = queryOf(period, filter);
      const expected = await rowsOf(own.readModels, servicePerCustomerSql, query);
      // Not vacuous: tickets with times and answers in the period.
      expect(expected.some((row) => row.kind === 'queue' && row.first_response !== null)).toBe(true);
      expect(expected.some((row) => row.kind === 'agent' && Number(row.responses) > 0)).toBe(true);
      expect(await rowsOf(own.readModels, serviceRollupSql, query)).toEqual(expected);
    },
  );

  it('gives the contribution every customer gives after a new rate converts revenue again', async () => {
    const rate = { currency: 'GBP', quoteCurrency: 'EUR', effectiveOn: '2024-12-01', rate: '1.1700000000' };
    await own.readModels.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO exchange_rates (currency, quote_currency, effective_on, rate, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, 'test', now())`,
        [rate.currency, rate.quoteCurrency, rate.effectiveOn, rate.rate],
      );
      await reconvertRevenueForRates(manager, [rate]);
    });
    for (const [, period] of calendarPeriods) {
      const query = queryOf(period, {});
      const expected = await rowsOf(own.readModels, contributionPerCustomerSql, query);
      // Not vacuous: GBP is converted now.
      expect(expected.some((row) => row.kind === 'unconverted')).toBe(false);
      const fromRollups = await own.readModels.transaction('REPEATABLE READ', (manager) =>
        contributionRollupRows(manager, query, rankedPeriodOf(query)!),
      );
      expect(sortedRows(fromRollups as unknown as Row[])).toEqual(expected);
    }
  });

  it.each(cases)(
    'gives the composition for %s and %s that every customer gives',
    async (_name, _who, period, filter) => {
      const query = queryOf(period, filter);
      const expected = await rowsOf(own.readModels, compositionPerCustomerSql, query);
      // Not vacuous: the moved tier is counted, and customers came before and during the period.
      expect(expected.some((row) => row.kind === 'tier' && row.key === 'B')).toBe(true);
      expect(expected.some((row) => row.kind === 'bucket')).toBe(true);
      expect(await rowsOf(own.readModels, compositionRollupSql, query)).toEqual(expected);
    },
  );
});
