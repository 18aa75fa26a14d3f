import { randomUUID } from 'node:crypto';
import { CAMPAIGN_CALENDAR_JOB, type RunningMarketing } from '@crm/marketing';
import { startPlatform, tokenFor, waitFor, type TestPlatform } from '@crm/platform-testing';
import { clientFor } from '../demo-client';
import { loadDemoCampaign } from '../demo-campaigns';

const REPORT = `query ($id: ID!) { campaign(id: $id) {
  status budget { amount } totalCost { amount currency } overBudget
  memberStats { total sent delivered opened clicked converted responded }
  responseStats { channel count }
  performance { leads cost { amount } }
} }`;

/** The demo campaign as `npm start` loads it: running (after the calendar's next run), with costs, members, responses and leads. */
describe('demo campaign', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.stop());

  it('is a running campaign with costs, members at every step, responses and attributed leads', async () => {
    const send = clientFor(platform.gatewayUrl, await tokenFor());
    const { createUser } = (await send(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        input: { name: 'Rita', email: `rita-${randomUUID()}@demo.example`, roles: ['SALES_REP'] },
      },
    )) as { createUser: { id: string } };
    const customerIds = Array.from({ length: 12 }, () => randomUUID());
    const id = await loadDemoCampaign(send, customerIds, createUser.id);

    const marketing = platform.subgraphs.marketing as RunningMarketing;
    await marketing.jobs.waitForRun(
      CAMPAIGN_CALENDAR_JOB,
      await marketing.jobs.runNow(CAMPAIGN_CALENDAR_JOB),
    );
    const report = await waitFor(async () => {
      const { campaign } = (await send(REPORT, { id })) as { campaign: { performance: { leads: number } } };
      expect(campaign.performance.leads).toBe(2);
      return campaign;
    });
    expect(report).toEqual({
      status: 'ACTIVE',
      budget: { amount: '15000.00' },
      totalCost: { amount: '12940.50', currency: 'EUR' },
      overBudget: false,
      memberStats: { total: 12, sent: 2, delivered: 2, opened: 1, clicked: 0, converted: 1, responded: 2 },
      responseStats: [
        { channel: 'EMAIL', count: 1 },
        { channel: 'EVENT', count: 1 },
        { channel: 'PHONE', count: 1 },
      ],
      performance: { leads: 2, cost: { amount: '12940.50' } },
    });
  });
});
