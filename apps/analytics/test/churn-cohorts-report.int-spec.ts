import Decimal from 'decimal.js';
import {
  ok,
  person,
  sender,
  startPlatform,
  tokenFor,
  waitFor,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';
import type { ChurnFigures, ChurnReport } from '../src/generated/resolvers-types';
import { customerKnownToSales, placedOrder } from './support/report-fixtures';

/**
 * Issue 14: the churn report and the retention cohorts recomputed from the customer service's
 * lifecycle history, the sales service's orders and marketing's segment members.
 */
const CHURN = `query ($period: ReportPeriod!, $filter: ReportFilter) {
  churnReport(period: $period, filter: $filter) {
    overall { ...figures } byReason { ...figures } bySegment { ...figures } byPeriod { ...figures }
    cohorts { cohort customers months { monthOffset customers retention } } } }
  fragment figures on ChurnFigures { key customersAtStart lost churnRate }`;

const DAY_MS = 86_400_000;

interface Spell {
  customerId: string;
  reason: string;
  churnedAt: number;
  reactivatedAt: number | null;
}
interface Sources {
  customers: { id: string; createdAt: number }[];
  spells: Spell[];
  purchaseMonths: { customerId: string; month: string }[];
  segments: { segmentId: string; customerId: string }[];
}
interface Mark {
  key: string | null;
  starts: number;
  ends: number;
}

const rate = (lost: number, atStart: number) =>
  atStart === 0 ? null : new Decimal(lost).times(100).dividedBy(atStart).toFixed(2, Decimal.ROUND_HALF_UP);
const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const byLost = (a: ChurnFigures, b: ChurnFigures) =>
  b.lost - a.lost || String(a.key).localeCompare(String(b.key));

/** The report's definitions applied to the source rows: at a mark's start, created before it and not away. */
function recomputed(sources: Sources, from: string, to: string, days: string[]): ChurnReport {
  const awayAt = (customerId: string, at: number) =>
    sources.spells.some(
      (spell) =>
        spell.customerId === customerId &&
        spell.churnedAt < at &&
        (spell.reactivatedAt === null || spell.reactivatedAt >= at),
    );
  const atStart = (mark: Mark, ids: string[]) =>
    sources.customers.filter(
      (c) => ids.includes(c.id) && c.createdAt < mark.starts && !awayAt(c.id, mark.starts),
    ).length;
  const lostIn = (mark: Mark, ids: string[], reason?: string) =>
    new Set(
      sources.spells
        .filter((s) => ids.includes(s.customerId) && s.churnedAt >= mark.starts && s.churnedAt < mark.ends)
        .filter((s) => reason === undefined || s.reason === reason)
        .map((s) => s.customerId),
    ).size;
  const figuresOf = (mark: Mark, ids: string[], key = mark.key): ChurnFigures => {
    const [start, lost] = [atStart(mark, ids), lostIn(mark, ids)];
    return { key, customersAtStart: start, lost, churnRate: rate(lost, start) };
  };
  const all = sources.customers.map((customer) => customer.id);
  const period: Mark = { key: null, starts: Date.parse(from), ends: Date.parse(to) + DAY_MS };
  const overall = figuresOf(period, all);
  const reasons = [...new Set(sources.spells.map((spell) => spell.reason))];
  const segments = [...new Set(sources.segments.map((member) => member.segmentId))];
  const firstMonth = new Map<string, string>();
  for (const { customerId, month } of sources.purchaseMonths) {
    if (!firstMonth.has(customerId) || month < firstMonth.get(customerId)!) firstMonth.set(customerId, month);
  }
  const cohortMonths = [...new Set(firstMonth.values())]
    .filter((month) => month >= `${from.slice(0, 7)}-01` && month <= to)
    .sort();
  return {
    overall,
    byReason: reasons
      .map((reason) => {
        const lost = lostIn(period, all, reason);
        return {
          key: reason,
          customersAtStart: overall.customersAtStart,
          lost,
          churnRate: rate(lost, overall.customersAtStart),
        };
      })
      .filter((figures) => figures.lost > 0)
      .sort(byLost),
    bySegment: segments
      .map((segmentId) =>
        figuresOf(
          period,
          sources.segments
            .filter((member) => member.segmentId === segmentId)
            .map((member) => member.customerId),
          segmentId,
        ),
      )
      .sort(byLost),
    byPeriod: days.map((day) =>
      figuresOf({ key: day, starts: Date.parse(day), ends: Date.parse(day) + DAY_MS }, all),
    ),
    cohorts: cohortMonths.map((cohort) => {
      const members = [...firstMonth].filter(([, month]) => month === cohort).map(([id]) => id);
      const span = monthIndex(to.slice(0, 7) + '-01') - monthIndex(cohort);
      return {
        cohort,
        customers: members.length,
        months: Array.from({ length: span + 1 }, (_, monthOffset) => {
          const buying = new Set(
            sources.purchaseMonths
              .filter(
                (p) =>
                  members.includes(p.customerId) && monthIndex(p.month) - monthIndex(cohort) === monthOffset,
              )
              .map((p) => p.customerId),
          ).size;
          return { monthOffset, customers: buying, retention: rate(buying, members.length) ?? '0.00' };
        }),
      };
    }),
  };
}

describe('churn report and retention cohorts, recomputed from the source services’ tables', () => {
  let platform: TestPlatform;
  let admin: Send;
  let marketer: Send;

  beforeAll(async () => {
    platform = await startPlatform();
    admin = sender(platform.gatewayUrl, await tokenFor(person(['ADMIN'])));
    marketer = sender(platform.gatewayUrl, await tokenFor(person(['MARKETER'])));
  });
  afterAll(() => platform?.stop());

  it('matches churn by reason, segment and day, and the cohorts of first purchases, of the owner’s customers', async () => {
    const rep = person(['SALES_REP']);
    const asRep = sender(platform.gatewayUrl, await tokenFor(rep));
    const [buyerA, buyerB, buyerC] = [
      await customerKnownToSales(platform, admin, rep.userId),
      await customerKnownToSales(platform, admin, rep.userId),
      await customerKnownToSales(platform, admin, rep.userId),
    ];
    const create = async () =>
      (
        await ok(
          admin<{ createCustomer: { id: string } }>(
            `mutation ($ownerId: ID) { createCustomer(input: { kind: COMPANY, name: "Churn Co", ownerId: $ownerId }) { id } }`,
            { ownerId: rep.userId },
          ),
        )
      ).createCustomer.id;
    const [wonBack, prospect] = [await create(), await create()];
    for (const buyer of [buyerA, buyerB, buyerC]) await placedOrder(asRep, buyer, '100.00', 'EUR');
    // An order counts as a purchase once paid (none is): the stage moves by hand, as churn needs it.
    for (const id of [buyerA, buyerB, buyerC, wonBack]) {
      await ok(
        admin(
          `mutation ($id: ID!) { changeLifecycleStage(input: { customerId: $id, stage: CUSTOMER, reason: "Signed" }) { id } }`,
          { id },
        ),
      );
    }
    const churn = (id: string, reason: string) =>
      ok(
        admin(
          `mutation ($id: ID!, $reason: ChurnReasonCategory!) { markCustomerChurned(input: { customerId: $id, reasonCategory: $reason }) { id } }`,
          {
            id,
            reason,
          },
        ),
      );
    await churn(buyerA, 'PRICE');
    await churn(buyerB, 'SERVICE');
    await churn(wonBack, 'PRICE');
    await ok(
      admin(
        `mutation ($id: ID!) { winBackCustomer(input: { customerId: $id, reason: "New offer" }) { id } }`,
        { id: wonBack },
      ),
    );
    const { createSegment: list } = await ok(
      marketer<{ createSegment: { id: string } }>(
        'mutation { createSegment(input: { name: "Churn watch", kind: STATIC }) { id } }',
      ),
    );
    await ok(
      marketer(
        'mutation ($id: ID!, $ids: [ID!]!) { addToStaticList(segmentId: $id, customerIds: $ids) { id } }',
        {
          id: list.id,
          ids: [buyerA, buyerC],
        },
      ),
    );

    const mine = [buyerA, buyerB, buyerC, wonBack, prospect];
    const customerDb = platform.subgraphs.customer.dataSource;
    const sources: Sources = {
      customers: (
        await customerDb.query(
          'SELECT id, created_at FROM customers WHERE owner_id = $1 AND merged_into_id IS NULL',
          [rep.userId],
        )
      ).map((row: { id: string; created_at: Date }) => ({ id: row.id, createdAt: row.created_at.getTime() })),
      spells: spellsOf(
        await customerDb.query(
          'SELECT customer_id, from_stage, to_stage, reason, created_at FROM lifecycle_history WHERE customer_id = ANY($1) ORDER BY created_at, id',
          [mine],
        ),
      ),
      purchaseMonths: (
        await platform.subgraphs.sales.dataSource.query(
          `SELECT customer_id, date_trunc('month', placed_at AT TIME ZONE 'UTC')::date::text AS month FROM orders WHERE customer_id = ANY($1)`,
          [mine],
        )
      ).map((row: { customer_id: string; month: string }) => ({
        customerId: row.customer_id,
        month: row.month,
      })),
      segments: await waitFor(async () => {
        const members: { segmentId: string; customerId: string }[] =
          await platform.subgraphs.marketing.dataSource.query(
            'SELECT segment_id AS "segmentId", customer_id AS "customerId" FROM segment_members WHERE customer_id = ANY($1)',
            [mine],
          );
        expect(members.filter((member) => member.segmentId === list.id)).toHaveLength(2);
        return members;
      }),
    };
    // The sources hold what the mutations made: five customers, three churns (one won back), three buyers.
    expect(sources.customers).toHaveLength(5);
    expect(
      sources.spells.map((spell) => [spell.customerId, spell.reason, spell.reactivatedAt !== null]).sort(),
    ).toEqual(
      [
        [buyerA, 'PRICE', false],
        [buyerB, 'SERVICE', false],
        [wonBack, 'PRICE', true],
      ].sort(),
    );

    const days = [-1, 0, 1].map((offset) =>
      new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10),
    );
    const period = { from: days[0], to: days[2], granularity: 'DAY' };
    const expected = recomputed(sources, days[0], days[2], days);
    const report = await waitFor(async () => {
      const { churnReport } = await ok(
        admin<{ churnReport: ChurnReport }>(CHURN, { period, filter: { ownerId: rep.userId } }),
      );
      // Until analytics has taken in every customer, order and segment event above.
      expect(churnReport).toEqual(expected);
      return churnReport;
    });
    // Hand-checked: all five were created today, so none was there at the period's start; tomorrow
    // starts with the five less the two still churned.
    expect(report.overall).toEqual({ key: null, customersAtStart: 0, lost: 3, churnRate: null });
    expect(report.byReason.map((row) => [row.key, row.lost])).toEqual([
      ['PRICE', 2],
      ['SERVICE', 1],
    ]);
    expect(report.bySegment.find((row) => row.key === list.id)).toMatchObject({ lost: 1 });
    expect(report.byPeriod[2]).toEqual({ key: days[2], customersAtStart: 3, lost: 0, churnRate: '0.00' });
    expect(report.cohorts.map((cohort) => [cohort.cohort, cohort.customers, cohort.months[0]])).toEqual([
      [`${days[1].slice(0, 7)}-01`, 3, { monthOffset: 0, customers: 3, retention: '100.00' }],
    ]);
  });
});

/** Churn spells from the lifecycle history: into CHURNED (its reason names the category) and out again. */
function spellsOf(
  history: { customer_id: string; from_stage: string; to_stage: string; reason: string; created_at: Date }[],
): Spell[] {
  const spells: Spell[] = [];
  for (const step of history) {
    if (step.to_stage === 'CHURNED') {
      const reason = /^Churned: ([A-Z_]+)/.exec(step.reason)?.[1] ?? 'OTHER';
      spells.push({
        customerId: step.customer_id,
        reason,
        churnedAt: step.created_at.getTime(),
        reactivatedAt: null,
      });
    } else if (step.from_stage === 'CHURNED') {
      const open = spells.find(
        (spell) => spell.customerId === step.customer_id && spell.reactivatedAt === null,
      );
      if (open) open.reactivatedAt = step.created_at.getTime();
    }
  }
  return spells;
}
