import { randomUUID } from 'node:crypto';
import Decimal from 'decimal.js';
import type { Caller } from '@crm/auth';
import { foldRollupShards } from '@crm/analytics';
import {
  codesOf,
  ok,
  sender,
  startPlatform,
  tokenFor,
  waitFor,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';

/**
 * Every sales report through the gateway against figures recomputed from sales' own tables (the
 * deals, their stage history) and analytics' exchange rates. Figures are narrowed to this file's
 * rep (filter.ownerId), so other files' deals in the same database do not count.
 */
type Deal = { id: string; version: number };

const ISK_TO_EUR = '0.0065';
const today = new Date().toISOString().slice(0, 10);
const month = today.slice(0, 7);
const nextMonthDay = (() => {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
})();
const PERIOD = { from: `${month}-01`, to: nextMonthDay.slice(0, 7) + '-28', granularity: 'MONTH' };

describe('sales reports through the gateway, recomputed from sales tables', () => {
  let platform: TestPlatform;
  let admin: Send;
  let manager: Send;
  let rep: Send;
  let teamId: string;
  let repA: string;
  let repB: string;
  /** Reports AG, on the static list `segmentId`, no region; Region Ltd, in APAC, on no list. */
  let customerId: string;
  let regionCustomerId: string;
  let segmentId: string;
  const deals: Record<string, Deal> = {};

  const sales = <T>(sql: string, parameters: unknown[]) =>
    platform.subgraphs.sales.dataSource.query(sql, parameters) as Promise<T[]>;
  const analytics = <T>(sql: string, parameters: unknown[]) =>
    platform.subgraphs.analytics.dataSource.query(sql, parameters) as Promise<T[]>;

  async function open(input: Record<string, unknown>, customerId: string): Promise<Deal> {
    return (
      await ok(
        admin<{ createOpportunity: Deal }>(
          `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }`,
          {
            input: {
              customerId,
              name: 'Report deal',
              amount: '1000',
              currency: 'EUR',
              ownerId: repA,
              ...input,
            },
          },
        ),
      )
    ).createOpportunity;
  }
  const act = async (mutation: string, deal: Deal, extra = '') =>
    Object.values(
      await ok(
        admin<Record<string, Deal>>(
          `mutation ($id: ID!, $version: Int!) { ${mutation}(id: $id, version: $version${extra}) { id version } }`,
          deal,
        ),
      ),
    )[0];

  beforeAll(async () => {
    platform = await startPlatform();
    admin = sender(platform.gatewayUrl, await tokenFor());
    await ok(admin(`mutation { setReportingCurrency(currency: "EUR") }`));
    await ok(
      admin(
        `mutation ($rate: String!) { setExchangeRate(input: { currency: "ISK", quoteCurrency: "EUR", effectiveOn: "2000-01-01", rate: $rate }) { rate } }`,
        {
          rate: ISK_TO_EUR,
        },
      ),
    );
    const user = async (role: string, team: string | null) =>
      (
        await ok(
          admin<{ createUser: { id: string } }>(
            `mutation ($email: String!, $role: String!, $team: ID) { createUser(input: { name: "Report user", email: $email, roles: [$role], teamId: $team }) { id } }`,
            { email: `reports-${randomUUID()}@example.com`, role, team },
          ),
        )
      ).createUser.id;
    const managerId = await user('SALES_MANAGER', null);
    teamId = (
      await ok(
        admin<{ createTeam: { id: string } }>(
          `mutation ($n: String!, $m: ID!) { createTeam(input: { name: $n, managerId: $m }) { id } }`,
          { n: `Reports ${randomUUID()}`, m: managerId },
        ),
      )
    ).createTeam.id;
    [repA, repB] = [await user('SALES_REP', teamId), await user('SALES_REP', teamId)];
    const managerCaller: Caller = {
      userId: randomUUID(),
      roles: ['SALES_MANAGER'],
      teamId,
      managedUserIds: [repA],
    };
    manager = sender(platform.gatewayUrl, await tokenFor(managerCaller));
    rep = sender(
      platform.gatewayUrl,
      await tokenFor({ userId: repB, roles: ['SALES_REP'], teamId, managedUserIds: [] }),
    );

    const customer = async (name: string) =>
      (
        await ok(
          admin<{ createCustomer: { id: string } }>(
            `mutation ($name: String!) { createCustomer(input: { kind: COMPANY, name: $name }) { id } }`,
            { name },
          ),
        )
      ).createCustomer.id;
    [customerId, regionCustomerId] = [await customer('Reports AG'), await customer('Region Ltd')];
    await ok(
      admin(`mutation ($id: ID!) { updateCustomer(id: $id, version: 1, input: { region: "APAC" }) { id } }`, {
        id: regionCustomerId,
      }),
    );
    segmentId = (
      await ok(
        admin<{ createSegment: { id: string } }>(
          'mutation { createSegment(input: { name: "Sales report list", kind: STATIC }) { id } }',
        ),
      )
    ).createSegment.id;
    // Marketing takes a customer on a list once it knows the customer (from customer's events).
    await waitFor(() =>
      ok(
        admin(`mutation ($s: ID!, $c: [ID!]!) { addToStaticList(segmentId: $s, customerIds: $c) { id } }`, {
          s: segmentId,
          c: [customerId],
        }),
      ),
    );
    await waitFor(async () => {
      const known = await sales('SELECT 1 FROM known_customers WHERE id = ANY($1)', [
        [customerId, regionCustomerId],
      ]);
      if (known.length < 2) throw new Error('customers');
    });
    deals.wonEur = await open({ amount: '1000.50' }, customerId);
    deals.wonIsk = await open({ amount: '200000', currency: 'ISK' }, customerId);
    deals.lost = await open({ amount: '500' }, customerId);
    deals.openProposal = await open({ amount: '2000', expectedCloseDate: nextMonthDay }, customerId);
    deals.openNegotiation = await open(
      { amount: '100000', currency: 'ISK', expectedCloseDate: nextMonthDay },
      customerId,
    );
    deals.ofB = await open({ amount: '700', ownerId: repB }, customerId);
    deals.ofBInRegion = await open({ amount: '300', ownerId: repB }, regionCustomerId);
    deals.wonEur = await act('moveOpportunityStage', deals.wonEur, ', stage: NEGOTIATION');
    deals.wonEur = await act('winOpportunity', deals.wonEur);
    deals.wonIsk = await act('moveOpportunityStage', deals.wonIsk, ', stage: PROPOSAL');
    deals.wonIsk = await act('winOpportunity', deals.wonIsk);
    deals.lost = await act('moveOpportunityStage', deals.lost, ', stage: QUALIFICATION');
    deals.lost = await act('loseOpportunity', deals.lost, ', reason: "Budget"');
    deals.openProposal = await act('moveOpportunityStage', deals.openProposal, ', stage: PROPOSAL');
    deals.openNegotiation = await act('moveOpportunityStage', deals.openNegotiation, ', stage: NEGOTIATION');
    deals.ofB = await act('winOpportunity', deals.ofB);
    deals.ofBInRegion = await act('loseOpportunity', deals.ofBInRegion, ', reason: "Budget"');
    await ok(
      admin(
        `mutation ($u: ID!, $p: String!) { setQuota(input: { userId: $u, period: $p, amount: "4000", currency: "EUR" }) { id } }`,
        {
          u: repA,
          p: month,
        },
      ),
    );
    // Analytics has applied every event once each deal's last stage shows there.
    await waitFor(async () => {
      const rows = await analytics<{ n: number }>(
        `SELECT count(*)::int AS n FROM sales_deals WHERE opportunity_id = ANY($1) AND stage IN ('CLOSED_WON', 'CLOSED_LOST', 'PROPOSAL', 'NEGOTIATION')`,
        [Object.values(deals).map((d) => d.id)],
      );
      const quotas = await analytics('SELECT 1 FROM sales_quotas WHERE user_id = $1', [repA]);
      const teams = await analytics(
        'SELECT 1 FROM report_user_teams WHERE user_id = ANY($1) AND team_id = $2',
        [[repA, repB], teamId],
      );
      const region = await analytics(
        `SELECT 1 FROM report_customers WHERE customer_id = $1 AND region = 'APAC'`,
        [regionCustomerId],
      );
      const listed = await analytics(
        'SELECT 1 FROM report_segment_members WHERE segment_id = $1 AND customer_id = $2',
        [segmentId, customerId],
      );
      if (rows[0].n < 7 || quotas.length < 1 || teams.length < 2 || !region.length || !listed.length)
        throw new Error('waiting for analytics');
    });
  }, 180_000);
  afterAll(() => platform?.stop());

  const report = async <T>(query: string, variables: Record<string, unknown> = {}, as: Send = admin) =>
    ok(as<T>(query, { period: PERIOD, filter: { ownerId: repA }, ...variables }));

  /** repA's deals as sales holds them, with the furthest funnel step of each from its stage history. */
  const salesDeals = () =>
    sales<{
      id: string;
      stage: string;
      amount: string;
      currency: string;
      probability: number;
      created: string;
      closed: string | null;
      days: string | null;
      furthest: number;
    }>(
      `SELECT o.id, o.stage, o.amount::text, o.currency::text, o.probability, o.created_at::text AS created,
              to_char(o.closed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS closed,
              (extract(epoch FROM o.closed_at - o.created_at) / 86400)::text AS days,
              (SELECT max(array_position(ARRAY['PROSPECTING','QUALIFICATION','NEEDS_ANALYSIS','PROPOSAL','NEGOTIATION','CLOSED_WON'], h.to_stage))
                 FROM opportunity_stage_history h WHERE h.opportunity_id = o.id) AS furthest
       FROM opportunities o WHERE o.owner_id = $1`,
      [repA],
    );
  const toEur = async (amount: string, currency: string, on: string) =>
    (
      await analytics<{ v: string }>(`SELECT convert_amount($1, $2, 'EUR', $3)::text AS v`, [
        amount,
        currency,
        on,
      ])
    )[0].v;

  it('funnel: deals reaching each step and the conversion step to step', async () => {
    const { salesFunnel } = await report<{
      salesFunnel: { stage: string; reached: number; conversionFromPrevious: number | null }[];
    }>(
      `query ($period: ReportPeriod!, $filter: ReportFilter) { salesFunnel(period: $period, filter: $filter) { stage reached conversionFromPrevious } }`,
    );
    const furthest = (await salesDeals()).map((d) => d.furthest ?? 0);
    const stages = [
      'PROSPECTING',
      'QUALIFICATION',
      'NEEDS_ANALYSIS',
      'PROPOSAL',
      'NEGOTIATION',
      'CLOSED_WON',
    ];
    const reached = stages.map((_, i) => furthest.filter((step) => step >= i + 1).length);
    expect(salesFunnel.map((s) => s.reached)).toEqual(reached);
    expect(reached).toEqual([5, 5, 4, 4, 3, 2]);
    expect(salesFunnel[5].conversionFromPrevious).toBe(Number((2 / 3).toFixed(4)));
  });

  it('win rate by owner and period, and the team view of a manager', async () => {
    const { winRate } = await report<{
      winRate: {
        points: { label: string; won: number; lost: number; winRate: number }[];
        total: { won: number; lost: number; winRate: number };
      };
    }>(
      `query ($period: ReportPeriod!, $filter: ReportFilter) { winRate(period: $period, filter: $filter, by: OWNER) { points { label won lost winRate } total { won lost winRate } } }`,
    );
    const closed = (await salesDeals()).filter((d) => d.closed);
    const won = closed.filter((d) => d.stage === 'CLOSED_WON').length;
    expect(winRate.points).toEqual([
      { label: repA, won, lost: closed.length - won, winRate: Number((won / closed.length).toFixed(4)) },
    ]);
    // The manager's team scope counts repA (managed) but not repB; the team filter adds nothing outside it.
    const byManager = await ok(
      manager<{ winRate: { points: { label: string }[] } }>(
        `query ($period: ReportPeriod!, $filter: ReportFilter) { winRate(period: $period, filter: $filter, by: OWNER) { points { label } } }`,
        { period: PERIOD, filter: { teamId } },
      ),
    );
    expect(byManager.winRate.points.map((p) => p.label)).toEqual([repA]);
    const byRep = await ok(
      rep<{ winRate: { points: { label: string; won: number }[] } }>(
        `query ($period: ReportPeriod!, $filter: ReportFilter) { winRate(period: $period, filter: $filter, by: TEAM) { points { label won } } }`,
        { period: PERIOD, filter: { teamId } },
      ),
    );
    expect(byRep.winRate.points).toEqual([{ label: teamId, won: 1 }]);
  });

  it('sales cycle: average days created → won', async () => {
    const { salesCycle } = await report<{ salesCycle: { averageDays: number } }>(
      `query ($period: ReportPeriod!, $filter: ReportFilter) { salesCycle(period: $period, filter: $filter) { averageDays points { label wonDeals } } }`,
    );
    const won = (await salesDeals()).filter((d) => d.stage === 'CLOSED_WON');
    const average = won.reduce((sum, d) => sum + Number(d.days), 0) / won.length;
    expect(salesCycle.averageDays).toBe(Math.round(average * 100) / 100);
  });

  it('forecast and velocity across currencies, each amount at its date rate', async () => {
    const { salesForecast } = await report<{
      salesForecast: {
        currency: string;
        points: { label: string; weightedPipeline: string; commit: string; bestCase: string; won: string }[];
        missingRates: unknown[];
      };
    }>(
      `query ($period: ReportPeriod!, $filter: ReportFilter) { salesForecast(period: $period, filter: $filter) { currency points { label weightedPipeline commit bestCase won } missingRates { currency on } } }`,
    );
    const all = await salesDeals();
    let won = new Decimal(0);
    for (const d of all.filter((d) => d.stage === 'CLOSED_WON'))
      won = won.plus(await toEur(d.amount, d.currency, d.closed!));
    const openDeals = all.filter((d) => !d.closed);
    const converted = await Promise.all(
      openDeals.map(async (d) => ({ ...d, eur: new Decimal(await toEur(d.amount, d.currency, today)) })),
    );
    const weighted = converted.reduce(
      (sum, d) => sum.plus(d.eur.times(d.probability).div(100)),
      new Decimal(0),
    );
    const commit = converted
      .filter((d) => d.probability >= 80)
      .reduce((sum, d) => sum.plus(d.eur), new Decimal(0));
    const best = converted.reduce((sum, d) => sum.plus(d.eur), new Decimal(0));
    expect(salesForecast.currency).toBe('EUR');
    expect(salesForecast.missingRates).toEqual([]);
    const [thisMonth, nextMonth] = salesForecast.points;
    // 1000.50 EUR + 200000 ISK × 0.0065 = 2300.50.
    expect(new Decimal(thisMonth.won).toFixed()).toBe(won.toFixed());
    expect(won.toFixed()).toBe('2300.5');
    expect(new Decimal(nextMonth.weightedPipeline).toFixed()).toBe(weighted.toFixed());
    expect(new Decimal(nextMonth.commit).toFixed()).toBe(commit.toFixed());
    expect(new Decimal(nextMonth.bestCase).toFixed()).toBe(best.toFixed());

    const { pipelineVelocity } = await report<{
      pipelineVelocity: {
        total: { openDeals: number; wonDeals: number; lostDeals: number; wonAmount: string };
      };
    }>(
      `query ($period: ReportPeriod!, $filter: ReportFilter) { pipelineVelocity(period: $period, filter: $filter) { total { openDeals wonDeals lostDeals wonAmount velocityPerDay } } }`,
    );
    expect(pipelineVelocity.total).toMatchObject({ openDeals: openDeals.length, wonDeals: 2, lostDeals: 1 });
    expect(new Decimal(pipelineVelocity.total.wonAmount).toFixed()).toBe(won.toFixed());
  });

  it('quota attainment per user and in the team view', async () => {
    const { user } = await ok(
      admin<{
        user: {
          quotaAttainment: {
            period: string;
            target: { amount: string };
            won: { amount: string };
            attainment: number;
          }[];
        };
      }>(
        `query ($id: ID!, $period: ReportPeriod!) { user(id: $id) { quotaAttainment(period: $period) { period target { amount } won { amount } attainment } } }`,
        { id: repA, period: PERIOD },
      ),
    );
    expect(user.quotaAttainment).toEqual([
      { period: month, target: { amount: '4000.00' }, won: { amount: '2300.50' }, attainment: 0.5751 },
    ]);
    const team = await ok(
      manager<{ teamQuotaAttainment: { user: { id: string } | null }[] }>(
        `query ($team: ID!, $period: ReportPeriod!) { teamQuotaAttainment(teamId: $team, period: $period) { user { id } attainment } }`,
        { team: teamId, period: PERIOD },
      ),
    );
    expect(team.teamQuotaAttainment.map((row) => row.user?.id)).toEqual([repA]);
    const otherTeam = await manager(
      `query ($team: ID!, $period: ReportPeriod!) { teamQuotaAttainment(teamId: $team, period: $period) { attainment } }`,
      { team: randomUUID(), period: PERIOD },
    );
    expect(codesOf(otherTeam)).toEqual(['FORBIDDEN']);
  });

  it("filters by the deal customer's region and segment, as customer and marketing hold them", async () => {
    const winRateOf = async (filter: Record<string, unknown>) =>
      (
        await ok(
          admin<{ winRate: { points: { label: string; won: number; lost: number }[] } }>(
            `query ($period: ReportPeriod!, $filter: ReportFilter) { winRate(period: $period, filter: $filter, by: OWNER) { points { label won lost } } }`,
            { period: PERIOD, filter },
          ),
        )
      ).winRate.points;
    const closedOfB = await sales<{ stage: string; customer: string }>(
      `SELECT stage, customer_id::text AS customer FROM opportunities WHERE owner_id = $1 AND closed_at IS NOT NULL`,
      [repB],
    );
    const inApac = (
      await platform.subgraphs.customer.dataSource.query(
        `SELECT id::text FROM customers WHERE id = ANY($1) AND region = 'APAC'`,
        [closedOfB.map((d) => d.customer)],
      )
    ).map((row: { id: string }) => row.id);
    const listed = (
      await platform.subgraphs.marketing.dataSource.query(
        'SELECT customer_id::text AS id FROM segment_members WHERE segment_id = $1',
        [segmentId],
      )
    ).map((row: { id: string }) => row.id);
    const pointOf = (deals: { stage: string }[]) => {
      const won = deals.filter((d) => d.stage === 'CLOSED_WON').length;
      return [{ label: repB, won, lost: deals.length - won }];
    };
    const inRegion = closedOfB.filter((d) => inApac.includes(d.customer));
    const inSegment = closedOfB.filter((d) => listed.includes(d.customer));
    expect(await winRateOf({ ownerId: repB, region: 'APAC' })).toEqual(pointOf(inRegion));
    expect(await winRateOf({ ownerId: repB, segmentId })).toEqual(pointOf(inSegment));
    // The two customers' deals split repB's closed deals: one lost in APAC, one won on the list.
    expect(pointOf(inRegion)).toEqual([{ label: repB, won: 0, lost: 1 }]);
    expect(pointOf(inSegment)).toEqual([{ label: repB, won: 1, lost: 0 }]);
    expect(await winRateOf({ ownerId: repB, region: 'APAC', segmentId })).toEqual([]);

    // repA's deals are all Reports AG's: the whole funnel on its list, none in APAC.
    const funnelOf = async (filter: Record<string, unknown>) =>
      (
        await ok(
          admin<{ salesFunnel: { reached: number }[] }>(
            `query ($period: ReportPeriod!, $filter: ReportFilter) { salesFunnel(period: $period, filter: $filter) { reached } }`,
            { period: PERIOD, filter },
          ),
        )
      ).salesFunnel.map((step) => step.reached);
    expect(await funnelOf({ ownerId: repA, segmentId })).toEqual([5, 5, 4, 4, 3, 2]);
    expect(await funnelOf({ ownerId: repA, region: 'APAC' })).toEqual([0, 0, 0, 0, 0, 0]);
    const { salesForecast } = await ok(
      admin<{ salesForecast: { points: { won: string }[] } }>(
        `query ($period: ReportPeriod!, $filter: ReportFilter) { salesForecast(period: $period, filter: $filter) { points { won } } }`,
        { period: PERIOD, filter: { ownerId: repB, segmentId } },
      ),
    );
    expect(new Decimal(salesForecast.points[0].won).toFixed()).toBe('700');
  });

  it('counts the same over a period of a whole month between two partial ones (roll-ups and both edges)', async () => {
    const shifted = (months: number, day: string) => {
      const d = new Date(`${month}-01T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() + months);
      return `${d.toISOString().slice(0, 7)}-${day}`;
    };
    const wider = { from: shifted(-1, '15'), to: shifted(1, '05'), granularity: 'MONTH' };
    const both = async (period: Record<string, unknown>) =>
      ok(
        admin<{ salesFunnel: { reached: number }[]; winRate: { total: { won: number; lost: number } } }>(
          `query ($period: ReportPeriod!, $filter: ReportFilter) {
             salesFunnel(period: $period, filter: $filter) { reached }
             winRate(period: $period, filter: $filter, by: PERIOD) { total { won lost } } }`,
          { period, filter: { ownerId: repA } },
        ),
      );
    // Every deal of repA was created and closed this month.
    const whole = await both(wider);
    expect(whole).toEqual(await both(PERIOD));
    expect(whole.salesFunnel[0].reached).toBe(5);
    expect(whole.winRate.total).toEqual({ won: 2, lost: 1 });
  });

  it('refuses bad input with the field to fix', async () => {
    const errorOf = async (query: string, variables: Record<string, unknown>) =>
      (await admin(query, variables)).errors?.[0].extensions;
    const funnel = `query ($period: ReportPeriod!, $filter: ReportFilter) { salesFunnel(period: $period, filter: $filter) { stage } }`;
    expect(await errorOf(funnel, { period: { from: '2026-02-01', to: '2026-01-01' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'period.to',
    });
    expect(await errorOf(funnel, { period: PERIOD, filter: { ownerId: 'nobody' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.ownerId',
    });
    const forecast = `query ($period: ReportPeriod!) { salesForecast(period: $period) { currency } }`;
    expect(await errorOf(forecast, { period: { ...PERIOD, granularity: 'WEEK' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'period.granularity',
    });
  });

  it('re-converts a won deal when its rate changes, and the roll-ups stay the grouping of the deals', async () => {
    const setCzkRate = (rate: string) =>
      ok(
        admin(
          `mutation ($rate: String!, $on: LocalDate!) { setExchangeRate(input: { currency: "CZK", quoteCurrency: "EUR", effectiveOn: $on, rate: $rate }) { rate } }`,
          { rate, on: today },
        ),
      );
    const wonOfB = async () => {
      const { salesForecast } = await ok(
        admin<{ salesForecast: { points: { won: string }[] } }>(
          `query ($period: ReportPeriod!, $filter: ReportFilter) { salesForecast(period: $period, filter: $filter) { points { won } } }`,
          { period: PERIOD, filter: { ownerId: repB } },
        ),
      );
      return new Decimal(salesForecast.points[0].won).toFixed();
    };
    await setCzkRate('0.04');
    let czk = await open({ amount: '1000', currency: 'CZK', ownerId: repB }, customerId);
    czk = await act('winOpportunity', czk);
    await waitFor(async () => {
      const [row] = await analytics<{ stage: string }>(
        'SELECT stage FROM sales_deals WHERE opportunity_id = $1',
        [czk.id],
      );
      if (row?.stage !== 'CLOSED_WON') throw new Error('waiting for the win');
    });
    // 700 EUR + 1000 CZK × 0.04.
    expect(await wonOfB()).toBe('740');
    await setCzkRate('0.05');
    expect(await wonOfB()).toBe('750');

    // One row per key once the lanes' shards are folded, as the regrouping makes them.
    await platform.subgraphs.analytics.dataSource.transaction((tx) => foldRollupShards(tx));
    const closedRollups = await analytics(
      `SELECT owner_id, month, source, won, lost, won_amount, cycle_seconds FROM sales_closed_months
       WHERE owner_id = ANY($1) ORDER BY owner_id, month, source`,
      [[repA, repB]],
    );
    const closedRegrouped = await analytics(
      `SELECT d.owner_id, date_trunc('month', d.closed_on)::date AS month, s.source,
              count(*) FILTER (WHERE d.outcome = 'WON')::int AS won, count(*) FILTER (WHERE d.outcome = 'LOST')::int AS lost,
              coalesce(sum(d.won_converted) FILTER (WHERE d.outcome = 'WON'), 0)::numeric(24, 4) AS won_amount,
              coalesce(sum(extract(epoch FROM d.closed_at - d.created_at)) FILTER (WHERE d.outcome = 'WON'), 0)::numeric(24, 6) AS cycle_seconds
       FROM sales_deals d LEFT JOIN sales_deal_sources s ON s.opportunity_id = d.opportunity_id
       WHERE d.outcome IS NOT NULL AND d.owner_id = ANY($1) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      [[repA, repB]],
    );
    expect(closedRollups).toEqual(closedRegrouped);
    const openRollups = await analytics(
      `SELECT owner_id, month, currency, probability, deals, amount FROM sales_open_months
       WHERE owner_id = ANY($1) ORDER BY 1, 2, 3, 4`,
      [[repA, repB]],
    );
    const openRegrouped = await analytics(
      `SELECT owner_id, date_trunc('month', expected_close_date)::date AS month, currency, probability,
              count(*)::int AS deals, sum(amount)::numeric(24, 4) AS amount
       FROM sales_deals WHERE outcome IS NULL AND owner_id = ANY($1) GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
      [[repA, repB]],
    );
    expect(openRollups).toEqual(openRegrouped);
    expect(openRollups).toHaveLength(2);
  });
});
