import { randomUUID } from 'node:crypto';
import { parseEvent, type AnyCloudEvent } from '@crm/events';
import {
  errorOf,
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
import { customerKnownToSales } from './support/sales-fixtures';

/** Issue 5 §7: deals reaching their currency's threshold alert managers, once per crossing. */
const SET = `mutation ($currency: String!, $amount: String!) {
  setLargeDealThreshold(currency: $currency, amount: $amount) { currency amount { amount currency } updatedBy { id } }
}`;
const THRESHOLDS = `{ largeDealThresholds { currency amount { amount } } }`;
const CREATE = `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $amount: String!) {
  updateOpportunity(id: $id, version: $version, input: { amount: $amount }) { id version } }`;

describe('large-deal alert', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  const admin = person(['ADMIN']);
  const team = randomUUID();
  const rep = person(['SALES_REP'], { teamId: team });
  const manager = person(['SALES_MANAGER'], { teamId: team, managedUserIds: [rep.userId] });
  let asAdmin: Send;
  let asRep: Send;
  let asManager: Send;
  let customerId: string;

  const create = async (as: Send, amount: string, currency = 'NOK') =>
    (
      await ok(
        as<{ createOpportunity: { id: string; version: number } }>(CREATE, {
          input: { customerId, name: 'Big fleet', amount, currency, ownerId: rep.userId },
        }),
      )
    ).createOpportunity;

  const eventsOf = (id: string): AnyCloudEvent[] =>
    probe.messages.filter((message) => message.key === id).map((message) => parseEvent(message.value));
  const alertsOf = (id: string) =>
    eventsOf(id).filter((event) => event.type === 'crm.sales.opportunity.large_deal_detected');
  /** Waits for the event of the last change, so an alert that should not exist would have arrived. */
  const settled = (id: string, type: string, count: number) =>
    waitFor(() => {
      if (eventsOf(id).filter((event) => event.type === type).length < count)
        throw new Error(`waiting for ${type}`);
    });

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start(['crm.sales.opportunity.v1']);
    asAdmin = sender(platform.gatewayUrl, await tokenFor(admin));
    asRep = sender(platform.gatewayUrl, await tokenFor(rep));
    asManager = sender(platform.gatewayUrl, await tokenFor(manager));
    customerId = await customerKnownToSales(platform, asRep, rep.userId);
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('lets only an admin set thresholds, validated, and lists them', async () => {
    expect(errorOf(await asManager(SET, { currency: 'NOK', amount: '1' }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(errorOf(await asAdmin(SET, { currency: 'NOK', amount: '-1' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'amount',
    });
    expect(errorOf(await asAdmin(SET, { currency: 'NOKK', amount: '1' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currency',
    });
    await ok(asAdmin(SET, { currency: 'NOK', amount: '50000' }));
    const { setLargeDealThreshold } = await ok(
      asAdmin<{ setLargeDealThreshold: unknown }>(SET, { currency: 'NOK', amount: '100000' }),
    );
    expect(setLargeDealThreshold).toEqual({
      currency: 'NOK',
      amount: { amount: '100000.00', currency: 'NOK' },
      updatedBy: { id: admin.userId },
    });
    const { largeDealThresholds } = await ok(
      asRep<{ largeDealThresholds: { currency: string; amount: { amount: string } }[] }>(THRESHOLDS),
    );
    expect(largeDealThresholds).toContainEqual({ currency: 'NOK', amount: { amount: '100000.00' } });
  });

  it('alerts when a deal is created at or above the threshold, naming owner and team', async () => {
    const deal = await create(asRep, '100000');
    const [alert] = await waitFor(() => {
      const found = alertsOf(deal.id);
      if (!found.length) throw new Error('no alert yet');
      return found;
    });
    expect(alert.data).toEqual({
      opportunityId: deal.id,
      customerId,
      name: 'Big fleet',
      amount: '100000.00',
      currency: 'NOK',
      threshold: '100000.00',
      ownerId: rep.userId,
      teamId: team,
      managerId: null,
      detectedAt: expect.any(String),
    });
  });

  it('alerts once when a deal is raised across the threshold, not on later raises nor below it', async () => {
    const deal = await create(asManager, '90000');
    const small = await create(asRep, '99999.9999');
    const otherCurrency = await create(asRep, '500000', 'DKK');
    await settled(otherCurrency.id, 'crm.sales.opportunity.created', 1);

    await ok(asManager(UPDATE, { id: deal.id, version: 1, amount: '120000' }));
    await ok(asManager(UPDATE, { id: deal.id, version: 2, amount: '130000' }));
    await settled(deal.id, 'crm.sales.opportunity.updated', 2);
    await settled(small.id, 'crm.sales.opportunity.created', 1);
    expect(alertsOf(small.id)).toEqual([]);
    expect(alertsOf(otherCurrency.id)).toEqual([]);
    const alerts = alertsOf(deal.id);
    expect(alerts).toHaveLength(1);
    // The manager acted: the alert names them as the owner's manager.
    expect(alerts[0].data).toMatchObject({
      amount: '120000.00',
      threshold: '100000.00',
      ownerId: rep.userId,
      teamId: team,
      managerId: manager.userId,
    });
  });
});
