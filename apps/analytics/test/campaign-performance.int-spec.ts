import Decimal from 'decimal.js';
import { newId } from '@crm/db';
import {
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
import { leadConverted, paymentReceived } from './support/sales-events';

const PERFORMANCE = `query ($id: ID!) { campaign(id: $id) { name performance {
  leads convertedLeads cost { amount currency }
  firstTouch { revenue { amount currency } roi } lastTouch { revenue { amount currency } roi }
  attributionWindowDays complete
} } }`;
const CREATE = `mutation ($name: String!) { createCampaign(input: { name: $name, startsOn: "2099-01-01" }) { id } }`;
const COST = `mutation ($campaignId: ID!, $amount: String!) {
  recordCampaignCost(campaignId: $campaignId, input: { spentOn: "2099-01-02", category: "Ads", amount: $amount, currency: "EUR" }) { warnings }
}`;
const LEAD = `mutation ($campaignId: ID!) {
  createLead(input: { firstName: "Ada", lastName: "Attributed", source: CAMPAIGN, sourceCampaignId: $campaignId }) { id }
}`;

/** Issue 14 §5: Campaign.performance resolved by analytics from sales' and marketing's events, through the gateway. */
describe('campaign performance', () => {
  let platform: TestPlatform;
  let publisher: EventPublisher;
  let marketer: Send;
  let rep: Send;

  beforeAll(async () => {
    platform = await startPlatform();
    publisher = await EventPublisher.start();
    marketer = sender(platform.gatewayUrl, await tokenFor(person(['MARKETER'])));
    rep = sender(platform.gatewayUrl, await tokenFor(person(['SALES_REP'])));
  });
  afterAll(async () => {
    await publisher?.stop();
    await platform?.stop();
  });

  const campaign = async (name: string, cost: string) => {
    const { createCampaign } = await ok(marketer<{ createCampaign: { id: string } }>(CREATE, { name }));
    await ok(marketer(COST, { campaignId: createCampaign.id, amount: cost }));
    return createCampaign.id;
  };
  const lead = async (campaignId: string) =>
    (await ok(rep<{ createLead: { id: string } }>(LEAD, { campaignId }))).createLead.id;

  it('credits revenue by first and last touch against exact costs, matching the source tables', async () => {
    const webinar = await campaign('Webinar', '100');
    const show = await campaign('Trade show', '400');
    // Customer C came through the webinar first, then the show; D only through the show.
    const [webinarLead, showLeadOfC, showLeadOfD] = [await lead(webinar), await lead(show), await lead(show)];
    const [c, d] = [newId(), newId()];
    const now = Date.now();
    await publisher.publish(
      // A payment before its conversion arrives still counts once the conversion is there.
      paymentReceived(c, '300.10', new Date(now + 60_000)),
      leadConverted(webinarLead, c, new Date(now)),
      leadConverted(showLeadOfC, c, new Date(now)),
      leadConverted(showLeadOfD, d, new Date(now)),
      paymentReceived(d, '50.05', new Date(now + 60_000)),
    );
    const performanceOf = async (id: string) =>
      (await ok(marketer<{ campaign: { performance: Record<string, unknown> } }>(PERFORMANCE, { id })))
        .campaign.performance;
    await waitFor(async () =>
      expect(await performanceOf(webinar)).toEqual({
        leads: 1,
        convertedLeads: 1,
        cost: { amount: '100.00', currency: 'EUR' },
        firstTouch: { revenue: { amount: '300.10', currency: 'EUR' }, roi: '2.001' },
        lastTouch: { revenue: { amount: '0.00', currency: 'EUR' }, roi: '-1' },
        attributionWindowDays: 365,
        complete: true,
      }),
    );
    const showPerformance = await waitFor(async () => {
      const performance = await performanceOf(show);
      expect(performance).toEqual({
        leads: 2,
        convertedLeads: 2,
        cost: { amount: '400.00', currency: 'EUR' },
        // (50.05 − 400) / 400 = −0.874875 → −0.8749; (350.15 − 400) / 400 = −0.124625 → −0.1246.
        firstTouch: { revenue: { amount: '50.05', currency: 'EUR' }, roi: '-0.8749' },
        lastTouch: { revenue: { amount: '350.15', currency: 'EUR' }, roi: '-0.1246' },
        attributionWindowDays: 365,
        complete: true,
      });
      return performance;
    });

    // The same figures from the owners' tables: sales' leads, marketing's cost lines.
    const [leads]: { count: number }[] = await platform.subgraphs.sales.dataSource.query(
      'SELECT count(*)::int AS count FROM leads WHERE source_campaign_id = $1',
      [show],
    );
    const [costs]: { total: string }[] = await platform.subgraphs.marketing.dataSource.query(
      'SELECT sum(amount)::text AS total FROM campaign_costs WHERE campaign_id = $1',
      [show],
    );
    expect(showPerformance.leads).toBe(leads.count);
    expect(new Decimal((showPerformance.cost as { amount: string }).amount).equals(costs.total)).toBe(true);
  });
});
