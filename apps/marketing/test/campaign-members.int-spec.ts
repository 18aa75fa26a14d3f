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
import { ADD, MOVE, RESPOND, campaignApi } from './support/campaign-api';

/** Issue 13 §1: members of a campaign, their statuses and responses, through the gateway and Kafka. */
describe('campaign members and responses', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let publisher: EventPublisher;
  let marketer: Send;
  let api: ReturnType<typeof campaignApi>;

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start([topicOf('crm.marketing.campaign.created')]);
    publisher = await EventPublisher.start();
    marketer = sender(platform.gatewayUrl, await tokenFor(person(['MARKETER'])));
    api = campaignApi(marketer, probe);
  });
  afterAll(async () => {
    await publisher?.stop();
    await probe?.stop();
    await platform?.stop();
  });

  it('adds members once each, pages them, counts them and moves them only forward', async () => {
    const id = await api.scheduledCampaign({ name: 'Mailing' });
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
    expect((await api.members(id)).memberStats.total).toBe(27);

    expect(
      errorOf(await marketer(ADD, { campaignId: id, members: [{ customerId: newId(), leadId: newId() }] })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'members.0' });
    const tooMany = Array.from({ length: 1001 }, () => ({ customerId: newId() }));
    expect(errorOf(await marketer(ADD, { campaignId: id, members: tooMany }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'members',
    });

    const page1 = await api.members(id, { first: 20 });
    expect(page1.members.edges).toHaveLength(20);
    expect(page1.members.pageInfo.hasNextPage).toBe(true);
    const page2 = await api.members(id, { first: 20, after: page1.members.pageInfo.endCursor });
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
    const opened = await api.members(id, { status: 'OPENED' });
    expect(opened.members.edges.map((edge) => edge.node.id)).toEqual([member.id]);
    expect(opened.memberStats).toMatchObject({ total: 27, targeted: 26, opened: 1 });

    const added = await api.onKafka(id, 'crm.marketing.campaign.members_added', 2);
    expect(added[0].data).toMatchObject({ campaignId: id });
    expect((added[0].data as { members: unknown[] }).members).toHaveLength(26);
    const [changed] = await api.onKafka(id, 'crm.marketing.campaign.member_status_changed');
    expect(changed.data).toMatchObject({ memberId: member.id, previousStatus: 'TARGETED', status: 'OPENED' });
  });

  it('records responses by channel and moves the member to RESPONDED', async () => {
    const id = await api.scheduledCampaign({ name: 'Phone round' });
    const [a, b] = [newId(), newId()];
    await ok(marketer(ADD, { campaignId: id, members: [{ customerId: a }, { customerId: b }] }));
    const nodes = (await api.members(id)).members.edges.map((edge) => edge.node);
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
    const other = await api.scheduledCampaign({ name: 'Other' });
    expect(errorOf(await respond(memberA.id, 'EMAIL', 'REPLY', other))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'memberId',
    });

    const view = await api.report(id);
    expect(view.responseStats).toEqual([
      { channel: 'EMAIL', count: 2 },
      { channel: 'PHONE', count: 1 },
    ]);
    expect(view.responses.edges).toHaveLength(3);
    expect((await api.members(id)).memberStats).toMatchObject({ total: 2, responded: 2 });
    const recorded = await api.onKafka(id, 'crm.marketing.campaign.response_recorded', 3);
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
      const notes = (await api.report(id)).responses.edges
        .filter((edge) => edge.node.member.id === memberA.id)
        .map((edge) => edge.node.note);
      expect(notes).toEqual([null, null]);
    });
  });

  it('keeps one membership per campaign when customers are merged', async () => {
    const id = await api.scheduledCampaign({ name: 'Merge' });
    const [survivor, duplicate, other] = [newId(), newId(), newId()];
    await ok(
      marketer(ADD, { campaignId: id, members: [{ customerId: survivor }, { customerId: duplicate }] }),
    );
    const onlyDuplicate = await api.scheduledCampaign({ name: 'Merge 2' });
    await ok(
      marketer(ADD, {
        campaignId: onlyDuplicate,
        members: [{ customerId: duplicate }, { customerId: other }],
      }),
    );
    const duplicateMember = (await api.members(id)).members.edges.find(
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
        (await api.members(campaignId)).members.edges.map((edge) => edge.node.customer?.id).sort();
      expect(await customersOf(id)).toEqual([survivor]);
      expect(await customersOf(onlyDuplicate)).toEqual([other, survivor].sort());
    });
    const { responses } = await api.report(id);
    expect(responses.edges).toHaveLength(1);
  });

  it("lists a customer's campaign memberships on Customer", async () => {
    const admin = sender(platform.gatewayUrl, await tokenFor());
    const { createCustomer } = await ok(
      admin<{ createCustomer: { id: string } }>(
        'mutation { createCustomer(input: { kind: COMPANY, name: "Member Ltd" }) { id } }',
      ),
    );
    const first = await api.scheduledCampaign({ name: 'First' });
    const second = await api.scheduledCampaign({ name: 'Second' });
    for (const campaignId of [first, second])
      await ok(marketer(ADD, { campaignId, members: [{ customerId: createCustomer.id }] }));
    const { customer } = await ok(
      marketer<{
        customer: {
          campaignMemberships: { edges: { node: { status: string; campaign: { id: string } } }[] };
        };
      }>(
        `query ($id: ID!) { customer(id: $id) { campaignMemberships { edges { node { status campaign { id } } } } } }`,
        { id: createCustomer.id },
      ),
    );
    expect(customer.campaignMemberships.edges.map((edge) => edge.node)).toEqual([
      { status: 'TARGETED', campaign: { id: second } },
      { status: 'TARGETED', campaign: { id: first } },
    ]);
  });
});
