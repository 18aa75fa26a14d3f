import { parseEvent, REPORTING_SETTINGS_ID, topicOf, type AnyCloudEvent, type EventType } from '@crm/events';
import {
  EventProbe,
  ok,
  person,
  sender,
  startPlatform,
  tokenFor,
  waitFor,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';

/**
 * The currency mutations publish their events and audit entries on Kafka as data teams read them
 * (each message validated against its JSON Schema by parseEvent), and the audit trail shows them.
 */
const SET = `mutation ($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { rate } }`;
const IMPORT = `mutation ($csv: String!) { importExchangeRates(csv: $csv) { imported } }`;
const CURRENCY = `mutation ($currency: String!) { setReportingCurrency(currency: $currency) }`;
const TRAIL = `query ($id: ID!, $after: String) {
  auditTrail(entityType: "ReportingSettings", entityId: $id, first: 100, after: $after) {
    edges { node { action changes { field before after } } } pageInfo { hasNextPage endCursor } } }`;

interface TrailEntry {
  action: string;
  changes: { field: string; before: string | null; after: string | null }[];
}
interface TrailPage {
  auditTrail: {
    edges: { node: TrailEntry }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const TYPES: EventType[] = [
  'crm.analytics.reporting_settings.exchange_rate_set',
  'crm.analytics.reporting_settings.currency_changed',
  'crm.analytics.audit.recorded',
];

describe('currency changes on Kafka and in the audit trail', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  const caller = person(['ADMIN']);
  let admin: Send;

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start([...new Set(TYPES.map((type) => topicOf(type)))]);
    admin = sender(platform.gatewayUrl, await tokenFor(caller));
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  /** This test's events (its caller acted), parsed and so validated against the catalogue's schemas. */
  const mine = () =>
    probe.messages
      .map((message) => parseEvent(message.value))
      .filter((event) => event.actor === caller.userId);
  const published = <T extends EventType>(
    type: T,
    count: number,
    matches: (event: Extract<AnyCloudEvent, { type: T }>) => boolean = () => true,
  ) =>
    waitFor(() => {
      const found = mine().filter(
        (event): event is Extract<AnyCloudEvent, { type: T }> => event.type === type,
      );
      const matching = found.filter(matches);
      if (matching.length < count) throw new Error(`${matching.length} of ${count} ${type} yet`);
      return matching;
    });

  async function trailEntries(): Promise<TrailEntry[]> {
    const entries: TrailEntry[] = [];
    let after: string | null = null;
    for (;;) {
      const page: TrailPage = await ok(admin<TrailPage>(TRAIL, { id: REPORTING_SETTINGS_ID, after }));
      entries.push(...page.auditTrail.edges.map((edge) => edge.node));
      if (!page.auditTrail.pageInfo.hasNextPage) return entries;
      after = page.auditTrail.pageInfo.endCursor;
    }
  }

  it('publishes exchange_rate_set per rate and one audit entry per call, with the rate before and after', async () => {
    // A date no other test rates (a century ahead), so "before" is this test's own.
    const effectiveOn = `2126-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`;
    await ok(admin(SET, { input: { currency: 'ISK', quoteCurrency: 'CHF', effectiveOn, rate: '0.0064' } }));
    await ok(admin(SET, { input: { currency: 'ISK', quoteCurrency: 'CHF', effectiveOn, rate: '0.0066' } }));
    await ok(
      admin(IMPORT, {
        csv: `currency,quote_currency,effective_on,rate\nISK,CHF,${effectiveOn},0.0065\nHUF,CHF,${effectiveOn},0.0024\n`,
      }),
    );

    const rates = await published('crm.analytics.reporting_settings.exchange_rate_set', 4);
    expect(rates.map((event) => [event.subject, event.data.currency, event.data.rate])).toEqual([
      [REPORTING_SETTINGS_ID, 'ISK', '0.0064000000'],
      [REPORTING_SETTINGS_ID, 'ISK', '0.0066000000'],
      [REPORTING_SETTINGS_ID, 'ISK', '0.0065000000'],
      [REPORTING_SETTINGS_ID, 'HUF', '0.0024000000'],
    ]);
    expect(rates.every((event) => event.data.recordedBy === caller.userId)).toBe(true);

    const audits = await published(
      'crm.analytics.audit.recorded',
      3,
      (event) => event.data.action.endsWith('ExchangeRates') || event.data.action === 'setExchangeRate',
    );
    const isk = `ISK/CHF@${effectiveOn}`;
    const huf = `HUF/CHF@${effectiveOn}`;
    expect(audits.map((event) => event.data)).toEqual([
      expect.objectContaining({
        entityType: 'ReportingSettings',
        entityId: REPORTING_SETTINGS_ID,
        action: 'setExchangeRate',
        actorId: caller.userId,
        changes: [{ field: isk, before: null, after: '"0.0064000000"' }],
      }),
      expect.objectContaining({
        action: 'setExchangeRate',
        changes: [{ field: isk, before: '"0.0064000000"', after: '"0.0066000000"' }],
      }),
      expect.objectContaining({
        action: 'importExchangeRates',
        changes: [
          { field: isk, before: '"0.0066000000"', after: '"0.0065000000"' },
          { field: huf, before: null, after: '"0.0024000000"' },
        ],
      }),
    ]);

    // The audit trail consumer takes analytics' own entries like every other service's.
    const trail = await waitFor(async () => {
      const entries = (await trailEntries()).filter((entry) =>
        entry.changes.some((change) => change.field === isk || change.field === huf),
      );
      if (entries.length < 3) throw new Error(`${entries.length} of 3 entries in the trail yet`);
      return entries;
    });
    expect(trail.map((entry) => entry.action)).toEqual([
      'importExchangeRates',
      'setExchangeRate',
      'setExchangeRate',
    ]);
  });

  it('publishes currency_changed and an audit entry when the reporting currency changes, nothing when it stays', async () => {
    await ok(admin(CURRENCY, { currency: 'EUR' }));
    await ok(admin(CURRENCY, { currency: 'usd' }));
    await ok(admin(CURRENCY, { currency: 'USD' }));
    await ok(admin(CURRENCY, { currency: 'EUR' }));

    const changes = await published('crm.analytics.reporting_settings.currency_changed', 2);
    expect(changes.map((event) => [event.data.previousCurrency, event.data.currency])).toEqual([
      ['EUR', 'USD'],
      ['USD', 'EUR'],
    ]);
    expect(changes.every((event) => event.data.changedBy === caller.userId)).toBe(true);
    const audits = await published(
      'crm.analytics.audit.recorded',
      2,
      (event) => event.data.action === 'setReportingCurrency',
    );
    expect(audits.map((event) => event.data.changes)).toEqual([
      [{ field: 'reportingCurrency', before: '"EUR"', after: '"USD"' }],
      [{ field: 'reportingCurrency', before: '"USD"', after: '"EUR"' }],
    ]);
    // Only the two real changes: setting the currency it already is records nothing.
    expect(
      mine().filter((event) => event.type === 'crm.analytics.reporting_settings.currency_changed'),
    ).toHaveLength(2);
  });
});
