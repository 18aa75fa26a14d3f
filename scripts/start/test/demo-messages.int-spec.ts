import { startPlatform, tokenFor, type TestPlatform } from '@crm/platform-testing';
import { clientFor } from '../demo-client';
import { loadDemoMessages } from '../demo-messages';

/** The demo marketing mail as `npm start` loads it: two templates, a welcome mail to each consenting customer. */
describe('demo marketing messages', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.stop());

  it('creates the templates and writes to the three customers once marketing knows their consent', async () => {
    const send = clientFor(platform.gatewayUrl, await tokenFor());
    const customerIds: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const { createCustomer } = (await send(
        'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
        { input: { kind: 'PERSON', name: `Demo reader ${i}`, email: `demo.reader.${i}@example.com` } },
      )) as { createCustomer: { id: string } };
      customerIds.push(createCustomer.id);
    }
    await loadDemoMessages(send, customerIds, () => undefined);

    const { messageTemplates } = (await send(
      '{ messageTemplates(first: 200) { edges { node { name channel } } } }',
    )) as {
      messageTemplates: { edges: { node: { name: string; channel: string } }[] };
    };
    expect(messageTemplates.edges.map((edge) => edge.node)).toEqual(
      expect.arrayContaining([
        { name: 'Welcome', channel: 'EMAIL' },
        { name: 'Flash sale', channel: 'SMS' },
      ]),
    );
    const statuses = async (customerId: string) => {
      const { marketingMessages } = (await send(
        'query ($id: ID!) { marketingMessages(customerId: $id) { edges { node { status suppressionReason } } } }',
        { id: customerId },
      )) as {
        marketingMessages: { edges: { node: { status: string; suppressionReason: string | null } }[] };
      };
      return marketingMessages.edges.map((edge) => edge.node);
    };
    // The test platform has no SMTP relay: the mail is attempted (FAILED, saying so), never suppressed.
    for (const customerId of customerIds.slice(0, 3)) {
      expect(await statuses(customerId)).toEqual([{ status: 'FAILED', suppressionReason: null }]);
    }
    expect(await statuses(customerIds[3])).toEqual([]);
  });
});
