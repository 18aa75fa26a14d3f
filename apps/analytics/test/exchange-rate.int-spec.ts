import { startPlatform, type TestPlatform } from '@crm/platform-testing';

/**
 * `exchange_rate` is the factor `convert_amount` multiplies by before it rounds: the contribution
 * report looks it up once per day and currency and rounds each amount itself, so the two must agree.
 */
describe('exchange_rate, the factor of convert_amount', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startPlatform();
  }, 180_000);
  afterAll(() => platform?.stop());

  it('converts exactly as convert_amount: direct, inverse, same currency, before any rate, without a rate', async () => {
    const analytics = platform.subgraphs.analytics.dataSource;
    // Currencies no other test uses, rates with more digits than the result keeps.
    await analytics.query(
      `INSERT INTO exchange_rates (currency, quote_currency, effective_on, rate, recorded_by, recorded_at)
       VALUES ('XAG', 'XPT', '1990-01-01', 0.0312345678, 'test', now()),
              ('XAG', 'XPT', '1990-02-01', 0.0323456789, 'test', now()),
              ('XPD', 'XAG', '1990-01-15', 3.3333333333, 'test', now())
       ON CONFLICT DO NOTHING`,
    );
    const cases: [string, string, string, string][] = [
      ['123.4567', 'XAG', 'XPT', '1990-01-31'],
      ['123.4567', 'XAG', 'XPT', '1990-02-01'],
      ['99.9999', 'XPT', 'XAG', '1990-03-01'],
      ['10.0001', 'XAG', 'XPD', '1990-01-20'],
      ['10.0001', 'XAG', 'XAG', '1990-01-20'],
      ['5.0000', 'XAG', 'XPT', '1989-12-31'],
      ['5.0000', 'XAG', 'XBT', '1990-03-01'],
    ];
    const rows: { converted: string | null; rounded: string | null }[] = await analytics.query(
      `SELECT convert_amount(a::numeric, f, t, d::date)::text AS converted,
              round(a::numeric * exchange_rate(f, t, d::date), 4)::text AS rounded
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS c(a, f, t, d)`,
      [0, 1, 2, 3].map((field) => cases.map((row) => row[field])),
    );
    expect(rows.map((row) => row.rounded)).toEqual(rows.map((row) => row.converted));
    // Hand-computed: 123.4567 × 0.0312345678 = 3.85611…; 99.9999 / 0.0323456789 = 3091.59997…;
    // 10.0001 / 3.3333333333 = 3.00003…; none before the first rate; none for XBT at all.
    expect(rows.map((row) => row.converted)).toEqual([
      '3.8561',
      '3.9933',
      '3091.6000',
      '3.0000',
      '10.0001',
      null,
      null,
    ]);
  });
});
