import type { Send } from './demo-client';

const CREATE = 'mutation ($input: CreateSegmentInput!) { createSegment(input: $input) { id size } }';
const IMPORT = `mutation ($segmentId: ID!, $csv: String!) {
  importStaticList(segmentId: $segmentId, csv: $csv) { added unknownRows { line } }
}`;

/** The example audiences (issue 13 §2), as marketers would write them. */
const DEMO_SEGMENTS = [
  {
    name: 'Tier A in EMEA who consent to email',
    description: 'Best customers we may write to in Europe, the Middle East and Africa.',
    kind: 'DYNAMIC',
    rule: {
      combinator: 'AND',
      conditions: [
        { field: 'tier', operator: 'eq', value: 'A' },
        { field: 'region', operator: 'eq', value: 'EMEA' },
        { field: 'emailConsent', operator: 'eq', value: true },
      ],
    },
  },
  {
    name: 'At risk, no order in 90 days',
    description: 'Win-back audience: at risk, and no order for three months (or none at all).',
    kind: 'DYNAMIC',
    rule: {
      combinator: 'AND',
      conditions: [
        { field: 'lifecycle', operator: 'eq', value: 'AT_RISK' },
        {
          combinator: 'OR',
          conditions: [
            { field: 'lastOrderAt', operator: 'olderThanDays', value: 90 },
            { field: 'lastOrderAt', operator: 'isSet', value: false },
          ],
        },
      ],
    },
  },
];

/**
 * Customers in EMEA who consented to email, the two example segments, and a static list of trade
 * fair visitors imported from CSV. Marketing learns the customers from events, so the list import
 * waits until it knows them.
 */
export async function loadDemoSegments(
  send: Send,
  customerIds: string[],
  log: (message: string) => void,
): Promise<void> {
  log('loading demo segments: consent and regions, two dynamic segments, a static list of fair visitors');
  for (const id of customerIds.slice(0, 8)) {
    const { customer } = (await send('query ($id: ID!) { customer(id: $id) { version } }', { id })) as {
      customer: { version: number };
    };
    await send(
      'mutation ($id: ID!, $version: Int!) { updateCustomer(id: $id, version: $version, input: { region: "EMEA" }) { id } }',
      {
        id,
        version: customer.version,
      },
    );
    await send(
      'mutation ($id: ID!) { setConsent(customerId: $id, channel: EMAIL, granted: true, source: "DEMO_SIGNUP_FORM") { id } }',
      { id },
    );
  }
  for (const input of DEMO_SEGMENTS) await send(CREATE, { input });
  const { createSegment } = (await send(CREATE, {
    input: {
      name: 'Trade fair visitors 2026',
      kind: 'STATIC',
      description: 'Met at the booth; imported from the scanner export.',
    },
  })) as { createSegment: { id: string } };
  const visitors = customerIds.slice(5, 12);
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const { importStaticList } = (await send(IMPORT, {
      segmentId: createSegment.id,
      csv: ['customer_id', ...visitors].join('\n'),
    })) as { importStaticList: { added: number; unknownRows: unknown[] } };
    if (importStaticList.unknownRows.length === 0) return;
    // Some customer.created events are still on their way to marketing: the next import adds the rest.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  log('marketing did not learn every fair visitor in 30 s: the static list is incomplete');
}
