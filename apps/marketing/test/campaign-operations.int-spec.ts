import { randomUUID } from 'node:crypto';
import { newId } from '@crm/db';
import { buildEvent, parseEvent, topicOf, type AnyCloudEvent } from '@crm/events';
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

/** Issue 13 §1: costs, members, responses and attribution of a campaign, through the gateway and Kafka. */
const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`;
const SCHEDULE = `mutation ($id: ID!) { scheduleCampaign(id: $id) { status } }`;
const COST = `mutation ($campaignId: ID!, $input: CampaignCostInput!) {
  recordCampaignCost(campaignId: $campaignId, input: $input) {
    cost { id spentOn category amount { amount currency } note }
    campaign { totalCost { amount currency } overBudget }
    warnings
  } }`;
const ADD = `mutation ($campaignId: ID!, $members: [CampaignMemberInput!]!) {
  addCampaignMembers(campaignId: $campaignId, members: $members) { addedCount ignoredCount campaign { id } } }`;
const MOVE = `mutation ($memberId: ID!, $status: CampaignMemberStatus!, $version: Int) {
  setCampaignMemberStatus(memberId: $memberId, status: $status, version: $version) { id status version } }`;
const RESPOND = `mutation ($campaignId: ID!, $memberId: ID!, $channel: CampaignChannel!, $kind: CampaignResponseKind!, $note: String) {
  recordCampaignResponse(campaignId: $campaignId, memberId: $memberId, channel: $channel, kind: $kind, note: $note) {
    response { id channel kind note member { id } }
    member { id status }
  } }`;
const MEMBERS = `query ($id: ID!, $first: Int, $after: String, $status: CampaignMemberStatus) { campaign(id: $id) {
  members(first: $first, after: $after, status: $status) {
    edges { node { id status customer { id } contactId leadId } }
    pageInfo { hasNextPage endCursor }
  }
  memberStats { total targeted sent delivered opened clicked responded converted }
} }`;
const REPORT = `query ($id: ID!) { campaign(id: $id) {
  totalCost { amount currency } overBudget
  costs(first: 10) { edges { node { category amount { amount } } } }
  responses(first: 10) { edges { node { channel kind note member { id } } } }
  responseStats { channel count }
  performance { leads convertedLeads revenue { amount currency } cost { amount currency } roi { currency roi } }
} }`;

interface MemberNode {
  id: string;
  status: string;
  customer: { id: string } | null;
  contactId: string | null;
  leadId: string | null;
}
interface MembersView {
  campaign: {
    members: { edges: { node: MemberNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    memberStats: Record<string, number>;
  };
}
interface Report {
  campaign: {
    totalCost: { amount: string; currency: string } | null;
    overBudget: boolean;
    costs: { edges: { node: { category: string; amount: { amount: string } } }[] };
    responses: {
      edges: { node: { channel: string; kind: string; note: string | null; member: { id: string } } }[];
    };
    responseStats: { channel: string; count: number }[];
    performance: {
      leads: number;
      convertedLeads: number;
      revenue: { amount: string; currency: string }[];
      cost: { amount: string; currency: string }[];
      roi: { currency: string; roi: string | null }[];
    };
  };
}

describe('campaign costs, members, responses and attribution', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let publisher: EventPublisher;
  let marketer: Send;
  let rep: Send;

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start([topicOf('crm.marketing.campaign.created')]);
    publisher = await EventPublisher.start();
    marketer = sender(platform.gatewayUrl, await tokenFor(person(['MARKETER'])));
    rep = sender(platform.gatewayUrl, await tokenFor(person(['SALES_REP'])));
  });
  afterAll(async () => {
    await publisher?.stop();
    await probe?.stop();
    await platform?.stop();
  });

  async function scheduledCampaign(input: Record<string, unknown>): Promise<string> {
    const { createCampaign } = await ok(
      marketer<{ createCampaign: { id: string } }>(CREATE, {
        input: { startsOn: '2099-01-01', ...input },
      }),
    );
    await ok(marketer(SCHEDULE, { id: createCampaign.id }));
    return createCampaign.id;
  }
  const report = async (id: string) => (await ok(marketer<Report>(REPORT, { id }))).campaign;
  const members = async (id: string, variables: Record<string, unknown> = {}) =>
    (await ok(marketer<MembersView>(MEMBERS, { id, ...variables }))).campaign;

  const onKafka = (campaignId: string, type: string, count = 1) =>
    waitFor(() => {
      const found = probe.messages
        .map((m) => parseEvent(m.value))
        .filter((event) => event.subject === campaignId && event.type === type);
      if (found.length < count) throw new Error(`${found.length} of ${count} ${type} on Kafka yet`);
      return found;
    });

  it('records costs exactly in the budget currency and warns once when they pass the budget', async () => {
    const id = await scheduledCampaign({ name: 'Fair', budgetAmount: '1000.00', budgetCurrency: 'EUR' });
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

    const view = await report(id);
    expect(view.totalCost).toEqual({ amount: '1006.10', currency: 'EUR' });
    expect(view.costs.edges).toHaveLength(4);
    const recorded = await onKafka(id, 'crm.marketing.campaign.cost_recorded', 4);
    expect(recorded[1].data).toMatchObject({ amount: '0.2', totalCost: '1000.1', overBudget: true });
  });

  it('accounts a campaign without budget in the currency of its first cost', async () => {
    const id = await scheduledCampaign({ name: 'No budget' });
    const cost = (currency: string) =>
      marketer(COST, {
        campaignId: id,
        input: { spentOn: '2099-01-02', category: 'Ads', amount: '10', currency },
      });
    await ok(cost('USD'));
    expect(errorOf(await cost('EUR'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.currency' });
    expect(await report(id)).toMatchObject({
      totalCost: { amount: '10.00', currency: 'USD' },
      overBudget: false,
    });
  });

  it('adds members once each, pages them, counts them and moves them only forward', async () => {
    const id = await scheduledCampaign({ name: 'Mailing' });
    const customers = Array.from({ length: 25 }, () => newId());
    const leadId = newId();
    const first = await ok(
      marketer<{ addCampaignMembers: { addedCount: number; ignoredCount: number } }>(ADD, {
        campaignId: id,
        members: [
          ...customers.map((customerId) => ({ customerId })),
          { leadId },
          { customerId: customers[0] },
        ],
      }),
    );
    expect(first.addCampaignMembers).toMatchObject({ addedCount: 26, ignoredCount: 1 });
    const again = await ok(
      marketer<{ addCampaignMembers: { addedCount: number; ignoredCount: number } }>(ADD, {
        campaignId: id,
        members: [{ customerId: customers[3] }, { contactId: newId() }],
      }),
    );
    expect(again.addCampaignMembers).toMatchObject({ addedCount: 1, ignoredCount: 1 });
    expect((await members(id)).memberStats.total).toBe(27);

    expect(
      errorOf(await marketer(ADD, { campaignId: id, members: [{ customerId: newId(), leadId: newId() }] })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'members.0' });
    const tooMany = Array.from({ length: 1001 }, () => ({ customerId: newId() }));
    expect(errorOf(await marketer(ADD, { campaignId: id, members: tooMany }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'members',
    });

    const page1 = await members(id, { first: 20 });
    expect(page1.members.edges).toHaveLength(20);
    expect(page1.members.pageInfo.hasNextPage).toBe(true);
    const page2 = await members(id, { first: 20, after: page1.members.pageInfo.endCursor });
    expect(page2.members.edges).toHaveLength(7);
    const all = [...page1.members.edges, ...page2.members.edges].map((edge) => edge.node);
    expect(new Set(all.map((member) => member.id)).size).toBe(27);
    expect(page1.memberStats).toMatchObject({ total: 27, targeted: 27 });

    const member = all.find((node) => node.customer?.id === customers[5])!;
    const moved = await ok(
      marketer<{ setCampaignMemberStatus: { status: string; version: number } }>(MOVE, {
        memberId: member.id,
        status: 'OPENED',
        version: 1,
      }),
    );
    expect(moved.setCampaignMemberStatus).toMatchObject({ status: 'OPENED', version: 2 });
    expect(errorOf(await marketer(MOVE, { memberId: member.id, status: 'SENT' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'status',
    });
    expect(
      errorOf(await marketer(MOVE, { memberId: member.id, status: 'CLICKED', version: 1 })),
    ).toMatchObject({
      code: 'CONFLICT',
    });
    const opened = await members(id, { status: 'OPENED' });
    expect(opened.members.edges.map((edge) => edge.node.id)).toEqual([member.id]);
    expect(opened.memberStats).toMatchObject({ total: 27, targeted: 26, opened: 1 });

    const added = await onKafka(id, 'crm.marketing.campaign.members_added', 2);
    expect(added[0].data).toMatchObject({ campaignId: id });
    expect((added[0].data as { members: unknown[] }).members).toHaveLength(26);
    const [changed] = await onKafka(id, 'crm.marketing.campaign.member_status_changed');
    expect(changed.data).toMatchObject({ memberId: member.id, previousStatus: 'TARGETED', status: 'OPENED' });
  });

  it('records responses by channel and moves the member to RESPONDED', async () => {
    const id = await scheduledCampaign({ name: 'Phone round' });
    const [a, b] = [newId(), newId()];
    await ok(marketer(ADD, { campaignId: id, members: [{ customerId: a }, { customerId: b }] }));
    const nodes = (await members(id)).members.edges.map((edge) => edge.node);
    const memberA = nodes.find((node) => node.customer?.id === a)!;
    const memberB = nodes.find((node) => node.customer?.id === b)!;
    const respond = (memberId: string, channel: string, kind: string, campaignId = id) =>
      marketer<{ recordCampaignResponse: { member: { status: string } } }>(RESPOND, {
        campaignId,
        memberId,
        channel,
        kind,
        note: 'Wants a call back',
      });
    expect((await ok(respond(memberA.id, 'PHONE', 'INQUIRY'))).recordCampaignResponse.member.status).toBe(
      'RESPONDED',
    );
    await ok(respond(memberA.id, 'EMAIL', 'REPLY'));
    await ok(respond(memberB.id, 'EMAIL', 'REGISTRATION'));
    expect(errorOf(await respond(memberA.id, 'FAX', 'REPLY'))).toMatchObject({ code: 'BAD_USER_INPUT' });
    const other = await scheduledCampaign({ name: 'Other' });
    expect(errorOf(await respond(memberA.id, 'EMAIL', 'REPLY', other))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'memberId',
    });

    const view = await report(id);
    expect(view.responseStats).toEqual([
      { channel: 'EMAIL', count: 2 },
      { channel: 'PHONE', count: 1 },
    ]);
    expect(view.responses.edges).toHaveLength(3);
    expect((await members(id)).memberStats).toMatchObject({ total: 2, responded: 2 });
    const recorded = await onKafka(id, 'crm.marketing.campaign.response_recorded', 3);
    expect(recorded[0].data).toMatchObject({
      memberId: memberA.id,
      customerId: a,
      channel: 'PHONE',
      kind: 'INQUIRY',
    });
    expect(recorded[0].data).not.toHaveProperty('note');

    // Erasure removes what the notes may say of the person; the counts stay.
    await publisher.publish(
      buildEvent('crm.customer.customer.erased', {
        subject: a,
        actor: 'system',
        correlationId: randomUUID(),
        data: { customerId: a, erasedAt: new Date().toISOString() },
      }),
    );
    await waitFor(async () => {
      const notes = (await report(id)).responses.edges
        .filter((edge) => edge.node.member.id === memberA.id)
        .map((edge) => edge.node.note);
      expect(notes).toEqual([null, null]);
    });
  });

  it('attributes leads, conversions and payments in any order, through merges, into exact ROI', async () => {
    const id = await scheduledCampaign({ name: 'Lead gen', budgetAmount: '2000', budgetCurrency: 'EUR' });
    await ok(
      marketer(COST, {
        campaignId: id,
        input: { spentOn: '2099-01-02', category: 'Ads', amount: '1200', currency: 'EUR' },
      }),
    );
    // A lead from the campaign, through sales: the graph joins Lead.sourceCampaign to marketing's Campaign.
    const { createLead } = await ok(
      rep<{ createLead: { id: string; sourceCampaign: { id: string; name: string } } }>(
        `mutation ($input: CreateLeadInput!) { createLead(input: $input) { id sourceCampaign { id name } } }`,
        { input: { firstName: 'Jana', lastName: 'Krüger', source: 'CAMPAIGN', sourceCampaignId: id } },
      ),
    );
    expect(createLead.sourceCampaign).toEqual({ id, name: 'Lead gen' });
    await waitFor(async () => expect((await report(id)).performance.leads).toBe(1));

    const customerId = newId();
    const duplicateId = newId();
    const origin = { actor: 'system', correlationId: randomUUID() };
    const payment = (customer: string, amount: string, currency = 'EUR'): AnyCloudEvent => {
      const paymentId = newId();
      return buildEvent('crm.sales.payment.received', {
        subject: paymentId,
        ...origin,
        data: {
          paymentId,
          orderId: newId(),
          customerId: customer,
          amount,
          currency,
          outstandingBalance: '0',
          receivedAt: new Date().toISOString(),
        },
      });
    };
    // Paid before marketing learns the lead became this customer.
    const early = payment(customerId, '1000.10');
    await publisher.publish(early, early, payment(customerId, '25', 'USD'));
    await publisher.publish(
      buildEvent('crm.sales.lead.converted', {
        subject: createLead.id,
        ...origin,
        data: {
          leadId: createLead.id,
          customerId,
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
    await waitFor(async () =>
      expect((await report(id)).performance).toEqual({
        leads: 1,
        convertedLeads: 1,
        revenue: [
          { amount: '1000.10', currency: 'EUR' },
          { amount: '25.00', currency: 'USD' },
        ],
        cost: [{ amount: '1200.00', currency: 'EUR' }],
        roi: [
          { currency: 'EUR', roi: '-0.1666' },
          { currency: 'USD', roi: null },
        ],
      }),
    );

    // A duplicate's payment counts once it is merged into the converted customer, and after.
    await publisher.publish(payment(duplicateId, '1399.90'));
    await publisher.publish(
      buildEvent('crm.customer.customer.merged', {
        subject: customerId,
        ...origin,
        data: { customerId, mergedCustomerIds: [duplicateId], mergedAt: new Date().toISOString() },
      }),
    );
    await publisher.publish(payment(duplicateId, '600'));
    await waitFor(async () => {
      const { performance } = await report(id);
      expect(performance.revenue[0]).toEqual({ amount: '3000.00', currency: 'EUR' });
      expect(performance.roi[0]).toEqual({ currency: 'EUR', roi: '1.5' });
    });
  });

  it('keeps one membership per campaign when customers are merged', async () => {
    const id = await scheduledCampaign({ name: 'Merge' });
    const [survivor, duplicate, other] = [newId(), newId(), newId()];
    await ok(
      marketer(ADD, { campaignId: id, members: [{ customerId: survivor }, { customerId: duplicate }] }),
    );
    const onlyDuplicate = await scheduledCampaign({ name: 'Merge 2' });
    await ok(
      marketer(ADD, {
        campaignId: onlyDuplicate,
        members: [{ customerId: duplicate }, { customerId: other }],
      }),
    );
    const duplicateMember = (await members(id)).members.edges.find(
      (edge) => edge.node.customer?.id === duplicate,
    )!;
    await ok(
      marketer(RESPOND, {
        campaignId: id,
        memberId: duplicateMember.node.id,
        channel: 'WEB',
        kind: 'OTHER',
      }),
    );
    await publisher.publish(
      buildEvent('crm.customer.customer.merged', {
        subject: survivor,
        actor: 'system',
        correlationId: randomUUID(),
        data: { customerId: survivor, mergedCustomerIds: [duplicate], mergedAt: new Date().toISOString() },
      }),
    );
    await waitFor(async () => {
      const customersOf = async (campaignId: string) =>
        (await members(campaignId)).members.edges.map((edge) => edge.node.customer?.id).sort();
      expect(await customersOf(id)).toEqual([survivor]);
      expect(await customersOf(onlyDuplicate)).toEqual([other, survivor].sort());
    });
    const { responses } = await report(id);
    expect(responses.edges).toHaveLength(1);
  });
});
