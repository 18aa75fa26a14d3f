import { randomUUID } from 'node:crypto';
import type { Caller } from '@crm/auth';
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

/** Exchange rates, the reporting currency and the open pipeline in it, through the gateway. */
describe('multi-currency reporting', () => {
  let platform: TestPlatform;
  let admin: Send;
  let analyst: Send;

  const SET = `mutation ($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { currency quoteCurrency effectiveOn rate } }`;
  const IMPORT = `mutation ($csv: String!) { importExchangeRates(csv: $csv) { imported } }`;
  const RATES = `query ($c: String) { exchangeRates(currency: $c, first: 10) { currency quoteCurrency effectiveOn rate } }`;
  const errorOf = async (send: Send, query: string, variables: Record<string, unknown>) =>
    (await send(query, variables)).errors?.[0].extensions;

  beforeAll(async () => {
    platform = await startPlatform();
    admin = sender(platform.gatewayUrl, await tokenFor());
    const analystCaller: Caller = {
      userId: randomUUID(),
      roles: ['ANALYST'],
      teamId: null,
      managedUserIds: [],
    };
    analyst = sender(platform.gatewayUrl, await tokenFor(analystCaller));
    await ok(admin(`mutation { setReportingCurrency(currency: "EUR") }`));
  });
  afterAll(() => platform?.stop());

  it('sets a rate and imports rates from CSV, exact, listed newest first', async () => {
    const set = await ok(
      admin<{ setExchangeRate: unknown }>(SET, {
        input: { currency: 'ttd', quoteCurrency: 'EUR', effectiveOn: '2001-01-01', rate: '0.1300000001' },
      }),
    );
    expect(set.setExchangeRate).toEqual({
      currency: 'TTD',
      quoteCurrency: 'EUR',
      effectiveOn: '2001-01-01',
      rate: '0.1300000001',
    });
    const imported = await ok(
      admin<{ importExchangeRates: { imported: number } }>(IMPORT, {
        csv: 'currency,quote_currency,effective_on,rate\nTTD,EUR,2001-02-01,0.14\nTTD,EUR,2001-03-01,0.15\n',
      }),
    );
    expect(imported.importExchangeRates.imported).toBe(2);
    const listed = await ok(
      analyst<{ exchangeRates: { effectiveOn: string; rate: string }[] }>(RATES, { c: 'TTD' }),
    );
    expect(listed.exchangeRates.map((r) => [r.effectiveOn, r.rate])).toEqual([
      ['2001-03-01', '0.1500000000'],
      ['2001-02-01', '0.1400000000'],
      ['2001-01-01', '0.1300000001'],
    ]);
    // convert_amount takes the rate in force on the transaction's date, and the inverse pair.
    const convert = (amount: string, from: string, to: string, on: string) =>
      platform.subgraphs.analytics.dataSource
        .query(`SELECT convert_amount($1, $2, $3, $4)::text AS v`, [amount, from, to, on])
        .then(([row]: { v: string | null }[]) => row.v);
    expect(await convert('100', 'TTD', 'EUR', '2001-02-15')).toBe('14.0000');
    expect(await convert('100', 'TTD', 'EUR', '2001-03-01')).toBe('15.0000');
    expect(await convert('15', 'EUR', 'TTD', '2001-03-02')).toBe('100.0000');
    expect(await convert('100', 'TTD', 'EUR', '2000-12-31')).toBeNull();
  });

  it.each([
    [{ currency: 'XYZ' }, 'input.currency'],
    [{ quoteCurrency: 'EURO' }, 'input.quoteCurrency'],
    [{ rate: '0' }, 'input.rate'],
    [{ rate: '-1' }, 'input.rate'],
    [{ rate: '1.5e3' }, 'input.rate'],
    [{ quoteCurrency: 'TTD' }, 'input.quoteCurrency'],
  ])('refuses the rate %j on %s', async (change, field) => {
    const input = { currency: 'TTD', quoteCurrency: 'EUR', effectiveOn: '2001-04-01', rate: '1', ...change };
    expect(await errorOf(admin, SET, { input })).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses a bad CSV whole, naming the line and field, and writes nothing', async () => {
    const csv =
      'currency,quote_currency,effective_on,rate\nTTD,EUR,2001-05-01,0.2\nTTD,EUR,2001-06-01,zero\n';
    expect(await errorOf(admin, IMPORT, { csv })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'csv.line 3.rate',
    });
    const listed = await ok(admin<{ exchangeRates: { effectiveOn: string }[] }>(RATES, { c: 'TTD' }));
    expect(listed.exchangeRates.map((r) => r.effectiveOn)).not.toContain('2001-05-01');
  });

  it('lets only admins write rates and the reporting currency; everyone reads it', async () => {
    expect(codesOf(await analyst(`mutation { setReportingCurrency(currency: "USD") }`))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      codesOf(
        await analyst(SET, {
          input: { currency: 'TTD', quoteCurrency: 'EUR', effectiveOn: '2001-04-01', rate: '1' },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(await errorOf(admin, `mutation { setReportingCurrency(currency: "EURO") }`, {})).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currency',
    });
    expect(
      (await ok(analyst<{ reportingCurrency: string }>(`{ reportingCurrency }`))).reportingCurrency,
    ).toBe('EUR');
  });

  it('totals a customer’s open pipeline across currencies in the reporting currency', async () => {
    const { createCustomer } = await ok(
      admin<{ createCustomer: { id: string } }>(
        `mutation { createCustomer(input: { kind: COMPANY, name: "Two Currencies" }) { id } }`,
      ),
    );
    const deal = (amount: string, currency: string) =>
      waitFor(() =>
        ok(
          admin(
            `mutation ($c: ID!, $a: String!, $cur: String!) { createOpportunity(input: { customerId: $c, name: "FX", amount: $a, currency: $cur }) { id } }`,
            { c: createCustomer.id, a: amount, cur: currency },
          ),
        ),
      );
    await deal('100.50', 'EUR');
    await deal('1000', 'TTD');
    await deal('10', 'MUR');
    const METRICS = `query ($id: ID!) { customer(id: $id) { metrics { openPipeline { amount currency } openPipelineTotal { amount currency } } } }`;
    type Metrics = {
      customer: { metrics: { openPipeline: unknown[]; openPipelineTotal: { amount: string | null } } };
    };
    // No MUR rate yet: the total is unknown rather than 250.50 without the MUR deal.
    await waitFor(async () => {
      const { customer } = await ok(admin<Metrics>(METRICS, { id: createCustomer.id }));
      expect(customer.metrics.openPipeline).toHaveLength(3);
      expect(customer.metrics.openPipelineTotal).toEqual({ amount: null, currency: 'EUR' });
    });
    await ok(
      admin(SET, {
        input: { currency: 'MUR', quoteCurrency: 'EUR', effectiveOn: '2001-01-01', rate: '0.02' },
      }),
    );
    const { customer } = await ok(admin<Metrics>(METRICS, { id: createCustomer.id }));
    // 100.50 + 1000 × 0.15 + 10 × 0.02 = 250.70.
    expect(customer.metrics.openPipelineTotal).toEqual({ amount: '250.7', currency: 'EUR' });
  });
});
