import { randomUUID } from 'node:crypto';
import { newId } from '@crm/db';
import { buildEvent, topicOf } from '@crm/events';
import {
  errorOf,
  EventProbe,
  EventPublisher,
  ok,
  person,
  sender,
  startPlatform,
  tokenFor,
  waitFor,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';
import { ADD, COST, campaignApi, type Report } from './support/campaign-api';

/** Issue 13 §1: cost lines of a campaign and lead members' conversion, through the gateway and Kafka. */
describe('campaign costs and lead conversion', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let publisher: EventPublisher;
  let marketer: Send;
  let rep: Send;
  let api: ReturnType<typeof campaignApi>;

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start([topicOf('crm.marketing.campaign.created')]);
    publisher = await EventPublisher.start();
    marketer = sender(platform.gatewayUrl, await tokenFor(person(['MARKETER'])));
    rep = sender(platform.gatewayUrl, await tokenFor(person(['SALES_REP'])));
    api = campaignApi(marketer, probe);
  });
  afterAll(async () => {
    await publisher?.stop();
    await probe?.stop();
    await platform?.stop();
  });

  it('records costs exactly in the budget currency and warns once when they pass the budget', async () => {
    const id = await api.scheduledCampaign({ name: 'Fair', budgetAmount: '1000.00', budgetCurrency: 'EUR' });
    const cost = (input: Record<string, unknown>) =>
      marketer<{ recordCampaignCost: { warnings: string[]; campaign: Report['campaign'] } }>(COST, {
        campaignId: id,
        input: { spentOn: '2099-01-02', category: 'Booth', currency: 'EUR', ...input },
      });
    const first = await ok(cost({ amount: '999.90', note: 'Hall B' }));
    expect(first.recordCampaignCost.warnings).toEqual([]);
    expect(first.recordCampaignCost.campaign).toEqual({
      totalCost: { amount: '999.90', currency: 'EUR' },
      overBudget: false,
    });
    const crossing = await ok(cost({ amount: '0.20', category: 'Print' }));
    expect(crossing.recordCampaignCost.warnings).toEqual([
      'the campaign is over budget: spent 1000.1 EUR of 1000 EUR (0.1 over)',
    ]);
    expect(crossing.recordCampaignCost.campaign.overBudget).toBe(true);
    expect((await ok(cost({ amount: '5' }))).recordCampaignCost.warnings).toEqual([]);

    expect(errorOf(await cost({ amount: '5', currency: 'USD' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.currency',
    });
    expect(errorOf(await cost({ amount: '-5' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.amount',
    });
    expect(errorOf(await cost({ amount: '0.00001' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.amount',
    });

    const key = randomUUID();
    const once = await ok(cost({ amount: '1', idempotencyKey: key }));
    const again = await ok(cost({ amount: '1', idempotencyKey: key }));
    expect(again.recordCampaignCost.campaign.totalCost).toEqual(once.recordCampaignCost.campaign.totalCost);

    const view = await api.report(id);
    expect(view.totalCost).toEqual({ amount: '1006.10', currency: 'EUR' });
    expect(view.costs.edges).toHaveLength(4);
    const recorded = await api.onKafka(id, 'crm.marketing.campaign.cost_recorded', 4);
    expect(recorded[1].data).toMatchObject({ amount: '0.2', totalCost: '1000.1', overBudget: true });
  });

  it('accounts a campaign without budget in the currency of its first cost', async () => {
    const id = await api.scheduledCampaign({ name: 'No budget' });
    const cost = (currency: string) =>
      marketer(COST, {
        campaignId: id,
        input: { spentOn: '2099-01-02', category: 'Ads', amount: '10', currency },
      });
    await ok(cost('USD'));
    expect(errorOf(await cost('EUR'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.currency' });
    const euroBudget = await marketer(
      `mutation ($id: ID!) { updateCampaign(id: $id, input: { budgetAmount: "100", budgetCurrency: "EUR" }) { id } }`,
      { id },
    );
    expect(errorOf(euroBudget)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.budgetCurrency' });
    expect(await api.report(id)).toMatchObject({
      totalCost: { amount: '10.00', currency: 'USD' },
      overBudget: false,
    });
  });

  it("makes a lead member CONVERTED when its lead converts (ROI is analytics' Campaign.performance)", async () => {
    const id = await api.scheduledCampaign({ name: 'Lead gen', budgetAmount: '2000', budgetCurrency: 'EUR' });
    // A lead from the campaign, through sales: the graph joins Lead.sourceCampaign to marketing's Campaign.
    const { createLead } = await ok(
      rep<{ createLead: { id: string; sourceCampaign: { id: string; name: string } } }>(
        `mutation ($input: CreateLeadInput!) { createLead(input: $input) { id sourceCampaign { id name } } }`,
        { input: { firstName: 'Jana', lastName: 'Krüger', source: 'CAMPAIGN', sourceCampaignId: id } },
      ),
    );
    expect(createLead.sourceCampaign).toEqual({ id, name: 'Lead gen' });
    await ok(marketer(ADD, { campaignId: id, members: [{ leadId: createLead.id }] }));

    const origin = { actor: 'system', correlationId: randomUUID() };
    await publisher.publish(
      buildEvent('crm.sales.lead.converted', {
        subject: createLead.id,
        ...origin,
        data: {
          leadId: createLead.id,
          customerId: newId(),
          customerKind: 'PERSON',
          customerName: 'Jana Krüger',
          email: null,
          phone: null,
          industry: null,
          region: null,
          source: 'CAMPAIGN',
          ownerId: null,
          contact: null,
          opportunityId: null,
          convertedAt: new Date().toISOString(),
        },
      }),
    );
    await waitFor(async () => {
      const [leadMember] = (await api.members(id)).members.edges.map((edge) => edge.node);
      expect(leadMember).toMatchObject({ leadId: createLead.id, status: 'CONVERTED' });
    });
    const [converted] = await api.onKafka(id, 'crm.marketing.campaign.member_status_changed');
    expect(converted.data).toMatchObject({
      leadId: createLead.id,
      previousStatus: 'TARGETED',
      status: 'CONVERTED',
    });
  });
});
