import { startPlatform, tokenFor, waitFor, type TestPlatform } from '@crm/platform-testing';
import { clientFor } from '../demo-client';
import { loadDemoLoyalty } from '../demo-loyalty';

/** The demo loyalty programme as `npm start` loads it: members at each level, a redemption, a referral. */
describe('demo loyalty programme', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.stop());

  it('has members at Silver, Gold and Platinum with their points, and a referral', async () => {
    const send = clientFor(platform.gatewayUrl, await tokenFor());
    const customerIds: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { createCustomer } = (await send(
        'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
        { input: { kind: 'COMPANY', name: `Demo member ${i + 1}` } },
      )) as { createCustomer: { id: string } };
      customerIds.push(createCustomer.id);
    }
    await loadDemoLoyalty(send, customerIds, () => undefined);

    // The referral is recorded when marketing consumes the referred customer's customer.created.
    await waitFor(async () => expect(await membersOf(customerIds)).toEqual(EXPECTED));
  });

  async function membersOf(customerIds: string[]) {
    const send = clientFor(platform.gatewayUrl, await tokenFor());
    const members = [];
    for (const id of customerIds) {
      const { customer } = (await send(
        'query ($id: ID!) { customer(id: $id) { loyalty { balance lifetimePoints level { name } } referrals { referred } } }',
        { id },
      )) as { customer: { loyalty: Record<string, unknown>; referrals: { referred: number } } };
      members.push({ ...customer.loyalty, referred: customer.referrals.referred });
    }
    return members;
  }
});

const EXPECTED = [
  { balance: 600, lifetimePoints: 600, level: { name: 'Silver' }, referred: 0 },
  { balance: 1500, lifetimePoints: 1800, level: { name: 'Gold' }, referred: 0 },
  { balance: 6200, lifetimePoints: 6200, level: { name: 'Platinum' }, referred: 1 },
  { balance: 0, lifetimePoints: 0, level: { name: 'Silver' }, referred: 0 },
  { balance: 0, lifetimePoints: 0, level: { name: 'Silver' }, referred: 0 },
];
