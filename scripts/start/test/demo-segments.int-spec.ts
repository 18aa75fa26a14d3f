import { startPlatform, tokenFor, waitFor, type TestPlatform } from '@crm/platform-testing';
import { clientFor } from '../demo-client';
import { loadDemoSegments } from '../demo-segments';

/** The demo segments as `npm start` loads them: the two example audiences and an imported list. */
describe('demo segments', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.stop());

  it('creates the example segments and imports the fair visitors once marketing knows them', async () => {
    const send = clientFor(platform.gatewayUrl, await tokenFor());
    const customerIds: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const { createCustomer } = (await send(
        'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
        { input: { kind: 'COMPANY', name: `Demo segment customer ${i}` } },
      )) as { createCustomer: { id: string } };
      customerIds.push(createCustomer.id);
    }
    const log: string[] = [];
    await loadDemoSegments(send, customerIds, (message) => log.push(message));

    // All of them: other test files of this worker may have made segments too (some on a later
    // test clock), and their customers count in the dynamic segments' sizes.
    const { segments } = (await send('{ segments(first: 200) { edges { node { name kind size } } } }')) as {
      segments: { edges: { node: { name: string; kind: string; size: number } }[] };
    };
    expect(segments.edges.map((edge) => edge.node)).toEqual(
      expect.arrayContaining([
        { name: 'Tier A in EMEA who consent to email', kind: 'DYNAMIC', size: expect.any(Number) },
        { name: 'At risk, no order in 90 days', kind: 'DYNAMIC', size: expect.any(Number) },
        { name: 'Trade fair visitors 2026', kind: 'STATIC', size: 7 },
      ]),
    );
    expect(log.filter((message) => message.includes('incomplete'))).toEqual([]);
    // The consents and regions reach marketing's projection as events.
    await waitFor(async () => {
      const rows: { n: number }[] = await platform.subgraphs.marketing.dataSource.query(
        `SELECT count(*)::int AS n FROM customer_profiles
          WHERE region = 'EMEA' AND email_consent AND customer_id = ANY($1)`,
        [customerIds],
      );
      expect(rows[0].n).toBe(8);
    });
  });
});
