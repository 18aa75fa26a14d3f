import { randomUUID } from 'node:crypto';
import { parseEvent, topicOf, type AnyCloudEvent } from '@crm/events';
import { ManualClock } from '@crm/scheduler';
import {
  EventProbe,
  EventPublisher,
  errorOf,
  ok,
  person,
  sender,
  startPlatform,
  tokenFor,
  waitFor,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';
import type { RunningMarketing } from '@crm/marketing';
import {
  consentChanged,
  customerCreated,
  customerErased,
  customersMerged,
  customerUpdated,
  lifecycleChanged,
  orderPlaced,
  paymentReceived,
  surveyAnswered,
  tierChanged,
} from './support/customer-facts';
import { restartMarketing } from './support/marketing-under-test';

/** Issue 13 §2: the customer projection, dynamic segments and static lists, through Kafka and the gateway. */
const DAY = 86_400_000;
const SEGMENT_TOPIC = topicOf('crm.marketing.segment.created');

const CREATE = `mutation ($input: CreateSegmentInput!) {
  createSegment(input: $input) { id name kind status rule size version members(first: 50) { edges { node { customer { id } } } } }
}`;
const UPDATE = `mutation ($input: UpdateSegmentInput!) { updateSegment(input: $input) { id name rule size version } }`;
const ARCHIVE = `mutation ($id: ID!, $version: Int!) { archiveSegment(id: $id, version: $version) { id status version } }`;
const SEGMENT = `query ($id: ID!) { segment(id: $id) { id size status members(first: 50) { edges { node { customer { id } } } } } }`;
const PREVIEW = `query ($rule: SegmentRule!) { previewSegment(rule: $rule, sample: 3) { size sample { id } } }`;
const ADD = `mutation ($segmentId: ID!, $customerIds: [ID!]!) { addToStaticList(segmentId: $segmentId, customerIds: $customerIds) { id size } }`;
const REMOVE = `mutation ($segmentId: ID!, $customerIds: [ID!]!) { removeFromStaticList(segmentId: $segmentId, customerIds: $customerIds) { id size } }`;
const IMPORT = `mutation ($segmentId: ID!, $csv: String!) {
  importStaticList(segmentId: $segmentId, csv: $csv) { segment { size } added alreadyMembers unknownRows { line value reason } }
}`;

interface SegmentView {
  id: string;
  name: string;
  status: string;
  size: number;
  version: number;
  members: { edges: { node: { customer: { id: string } } }[] };
}
const memberIds = (segment: SegmentView) => segment.members.edges.map((edge) => edge.node.customer.id).sort();

describe('segments over the customer projection', () => {
  let platform: TestPlatform;
  let marketing: RunningMarketing;
  let probe: EventProbe;
  let publisher: EventPublisher;
  let marketer: Send;
  let analyst: Send;
  let admin: Send;
  const clock = new ManualClock(new Date());
  const now = () => clock.now().getTime();

  beforeAll(async () => {
    platform = await startPlatform();
    marketing = await restartMarketing(platform, { clock });
    probe = await EventProbe.start([SEGMENT_TOPIC]);
    publisher = await EventPublisher.start();
    marketer = sender(platform.gatewayUrl, await tokenFor(person(['MARKETER'])));
    analyst = sender(platform.gatewayUrl, await tokenFor(person(['ANALYST'])));
    admin = sender(platform.gatewayUrl, await tokenFor(person(['ADMIN'])));
  });
  afterAll(async () => {
    await publisher?.stop();
    await probe?.stop();
    await platform?.stop();
  });

  const sql = <T>(query: string, parameters: unknown[] = []): Promise<T[]> =>
    marketing.dataSource.query(query, parameters);

  /** Publishes the events and waits until marketing has consumed each (its inbox has them). */
  async function deliver(...events: AnyCloudEvent[]): Promise<void> {
    await publisher.publish(...events);
    await waitFor(async () => {
      const [{ n }] = await sql<{ n: number }>(
        'SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1)',
        [events.map((event) => event.id)],
      );
      if (n < events.length) throw new Error(`${n} of ${events.length} events consumed`);
    });
  }

  const profileOf = async (customerId: string) =>
    (
      await sql<Record<string, unknown>>(
        `SELECT tier, lifecycle, region, industry, tags, email, email_consent, revenue, order_count, last_order_at,
                csat, erased FROM customer_profiles WHERE customer_id = $1`,
        [customerId],
      )
    )[0];

  /** Segment events on Kafka about one segment. */
  const segmentEvents = (segmentId: string, type: string) =>
    probe.messages
      .map((message) => parseEvent(message.value))
      .filter((event) => event.subject === segmentId && event.type === type);
  const onKafka = (segmentId: string, type: string, count = 1) =>
    waitFor(() => {
      const found = segmentEvents(segmentId, type);
      if (found.length < count) throw new Error(`${found.length} of ${count} ${type} on Kafka`);
      return found.map((event) => event.data as unknown as Record<string, unknown>);
    });

  /** A customer of a region of its own, so each test's segments see only its customers. */
  async function customer(
    region: string,
    facts: { tier?: 'A' | 'B'; consent?: boolean; email?: string } = {},
  ) {
    const id = randomUUID();
    const t = now() - DAY;
    await deliver(
      customerCreated(id, facts.email ?? null, t),
      customerUpdated(id, { region, industry: 'RETAIL' }, t),
      ...(facts.tier ? [tierChanged(id, facts.tier, t)] : []),
      ...(facts.consent !== undefined ? [consentChanged(id, facts.consent, t)] : []),
    );
    return id;
  }

  const tierAInRegionWithEmailConsent = (region: string) => ({
    combinator: 'AND',
    conditions: [
      { field: 'tier', operator: 'eq', value: 'A' },
      { field: 'region', operator: 'eq', value: region },
      { field: 'emailConsent', operator: 'eq', value: true },
    ],
  });

  it('builds the projection from customer, sales and service events in any order, never going back', async () => {
    const id = randomUUID();
    const t = now();
    // The purchase arrives before the customer is known: a profile is started with what is known.
    await deliver(paymentReceived(id, '100.10', 'EUR', t), orderPlaced(id, t - 2 * DAY));
    expect(await profileOf(id)).toMatchObject({ tier: null, order_count: 1, revenue: { EUR: '100.1' } });

    await deliver(
      customerCreated(id, 'buyer@example.com', t - 10 * DAY),
      customerUpdated(id, { region: 'EMEA', tags: ['vip', 'newsletter'] }, t - DAY),
      tierChanged(id, 'A', t),
      tierChanged(id, 'C', t - 5 * DAY),
      consentChanged(id, true, t - DAY),
      consentChanged(id, false, t - 3 * DAY),
      paymentReceived(id, '0.20', 'EUR', t),
      paymentReceived(id, '50', 'USD', t),
      orderPlaced(id, t - 30 * DAY),
      surveyAnswered(id, 4, t),
      lifecycleChanged(id, 'AT_RISK', t),
    );
    expect(await profileOf(id)).toMatchObject({
      tier: 'A',
      lifecycle: 'AT_RISK',
      region: 'EMEA',
      tags: ['vip', 'newsletter'],
      email: 'buyer@example.com',
      email_consent: true,
      revenue: { EUR: '100.3', USD: '50' },
      order_count: 2,
      last_order_at: new Date(t - 2 * DAY),
      csat: 4,
    });
  });

  it('computes a dynamic segment on creation and keeps it current as events change profiles', async () => {
    const region = `R-${randomUUID().slice(0, 8)}`;
    const fits = await customer(region, { tier: 'A', consent: true });
    const noConsent = await customer(region, { tier: 'A', consent: false });
    await customer(region, { tier: 'B', consent: true });

    const created = await ok(
      marketer<{ createSegment: SegmentView }>(CREATE, {
        input: {
          name: 'Tier A in EMEA who consent to email',
          kind: 'DYNAMIC',
          rule: tierAInRegionWithEmailConsent(region),
        },
      }),
    );
    const segment = created.createSegment;
    expect(segment).toMatchObject({ kind: 'DYNAMIC', status: 'ACTIVE', size: 1, version: 1 });
    expect(memberIds(segment)).toEqual([fits]);
    expect((await onKafka(segment.id, 'crm.marketing.segment.created'))[0]).toMatchObject({
      name: 'Tier A in EMEA who consent to email',
      kind: 'DYNAMIC',
      rule: tierAInRegionWithEmailConsent(region),
    });
    expect((await onKafka(segment.id, 'crm.marketing.segment.member_added'))[0]).toMatchObject({
      customerIds: [fits],
      cause: 'SEGMENT_EVALUATED',
    });

    // The other customer consents: it joins; the first withdraws: it leaves.
    const grant = consentChanged(noConsent, true, now());
    await deliver(grant, consentChanged(fits, false, now()));
    const view = await ok(analyst<{ segment: SegmentView }>(SEGMENT, { id: segment.id }));
    expect(memberIds(view.segment)).toEqual([noConsent]);
    const added = await onKafka(segment.id, 'crm.marketing.segment.member_added', 2);
    expect(added[1]).toMatchObject({ customerIds: [noConsent], cause: 'PROFILE_CHANGED' });
    expect((await onKafka(segment.id, 'crm.marketing.segment.member_removed'))[0]).toMatchObject({
      customerIds: [fits],
      cause: 'PROFILE_CHANGED',
    });

    // A redelivered event (same id) and a repeated fact change nothing and publish nothing.
    await publisher.publish(grant);
    await deliver(consentChanged(noConsent, true, now()));
    const outbox = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox WHERE message_key = $1 AND event_type LIKE 'crm.marketing.segment.member%'`,
      [segment.id],
    );
    expect(outbox[0].n).toBe(3);
  });

  it('re-evaluates on a new rule, refuses stale versions and archived segments, and publishes each step', async () => {
    const region = `R-${randomUUID().slice(0, 8)}`;
    const tierA = await customer(region, { tier: 'A', consent: true });
    const tierB = await customer(region, { tier: 'B', consent: true });
    const { createSegment: segment } = await ok(
      marketer<{ createSegment: SegmentView }>(CREATE, {
        input: { name: 'Best', kind: 'DYNAMIC', rule: tierAInRegionWithEmailConsent(region) },
      }),
    );
    const rule = {
      combinator: 'AND',
      conditions: [
        { field: 'tier', operator: 'in', values: ['B'] },
        { field: 'region', operator: 'eq', value: region },
      ],
    };
    const { updateSegment } = await ok(
      marketer<{ updateSegment: SegmentView }>(UPDATE, {
        input: { id: segment.id, version: 1, name: 'Tier B', rule },
      }),
    );
    expect(updateSegment).toMatchObject({ name: 'Tier B', size: 1, version: 2, rule });
    expect((await onKafka(segment.id, 'crm.marketing.segment.updated'))[0]).toMatchObject({
      changedFields: ['name', 'rule'],
      version: 2,
    });
    expect((await onKafka(segment.id, 'crm.marketing.segment.member_removed'))[0]).toMatchObject({
      customerIds: [tierA],
      cause: 'SEGMENT_EVALUATED',
    });
    expect((await onKafka(segment.id, 'crm.marketing.segment.member_added', 2))[1].customerIds).toEqual([
      tierB,
    ]);

    const stale = await marketer(UPDATE, { input: { id: segment.id, version: 1, name: 'Late' } });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT' });
    expect(errorOf(await analyst(ARCHIVE, { id: segment.id, version: 2 }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const { archiveSegment } = await ok(
      marketer<{ archiveSegment: { status: string; version: number } }>(ARCHIVE, {
        id: segment.id,
        version: 2,
      }),
    );
    expect(archiveSegment).toMatchObject({ status: 'ARCHIVED', version: 3 });
    await onKafka(segment.id, 'crm.marketing.segment.archived');
    const LIST = `query ($kind: SegmentKind, $status: SegmentStatus) {
      segments(first: 200, kind: $kind, status: $status) { edges { node { id } } }
    }`;
    const listed = async (variables: Record<string, string>) =>
      (
        await ok(analyst<{ segments: { edges: { node: { id: string } }[] } }>(LIST, variables))
      ).segments.edges.map((edge) => edge.node.id);
    expect(await listed({ kind: 'DYNAMIC', status: 'ARCHIVED' })).toContain(segment.id);
    expect(await listed({ status: 'ACTIVE' })).not.toContain(segment.id);
    expect(await listed({ kind: 'STATIC' })).not.toContain(segment.id);
    const archived = await marketer(UPDATE, { input: { id: segment.id, version: 3, name: 'Again' } });
    expect(errorOf(archived)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
    // Archived segments are frozen: a change of a member's profile moves nothing.
    await deliver(tierChanged(tierB, 'A', now()));
    expect((await ok(analyst<{ segment: SegmentView }>(SEGMENT, { id: segment.id }))).segment.size).toBe(1);
  });

  it('previews a rule and refuses bad rules with the path of the bad node', async () => {
    const region = `R-${randomUUID().slice(0, 8)}`;
    const ids = [await customer(region, { tier: 'A' }), await customer(region, { tier: 'A' })];
    const rule = { combinator: 'AND', conditions: [{ field: 'region', operator: 'eq', value: region }] };
    const { previewSegment } = await ok(
      analyst<{ previewSegment: { size: number; sample: { id: string }[] } }>(PREVIEW, { rule }),
    );
    expect(previewSegment.size).toBe(2);
    expect(previewSegment.sample.map((c) => c.id).sort()).toEqual(ids.sort());

    const bad = {
      combinator: 'AND',
      conditions: [rule.conditions[0], { field: 'tier', operator: 'eq', value: 'Z' }],
    };
    expect(errorOf(await analyst(PREVIEW, { rule: bad }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'rule.conditions[1].value',
    });
    const injected = { field: 'region', operator: 'eq', value: "x' OR '1'='1" };
    expect(
      (await ok(analyst<{ previewSegment: { size: number } }>(PREVIEW, { rule: injected }))).previewSegment
        .size,
    ).toBe(0);
    const created = await marketer(CREATE, { input: { name: 'Bad', kind: 'DYNAMIC', rule: bad } });
    expect(errorOf(created)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.rule.conditions[1].value',
    });
    const staticWithRule = await marketer(CREATE, { input: { name: 'Bad', kind: 'STATIC', rule } });
    expect(errorOf(staticWithRule)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.rule' });
  });

  it('keeps static lists by hand and by import, reporting unknown rows, with member events', async () => {
    const region = `R-${randomUUID().slice(0, 8)}`;
    const [ann, bob, cid] = [
      await customer(region, { email: `ann-${region}@example.com` }),
      await customer(region),
      await customer(region),
    ];
    const { createSegment: list } = await ok(
      marketer<{ createSegment: SegmentView }>(CREATE, { input: { name: 'Fair visitors', kind: 'STATIC' } }),
    );
    expect(list.size).toBe(0);
    expect(
      (
        await ok(
          marketer<{ addToStaticList: SegmentView }>(ADD, { segmentId: list.id, customerIds: [bob, cid] }),
        )
      ).addToStaticList.size,
    ).toBe(2);
    expect(
      (
        await ok(
          marketer<{ removeFromStaticList: SegmentView }>(REMOVE, { segmentId: list.id, customerIds: [cid] }),
        )
      ).removeFromStaticList.size,
    ).toBe(1);
    const unknownId = randomUUID();
    const csv = `email\nANN-${region}@example.com\n${bob}\n${unknownId}\nnobody@example.com\nnot an id\n`;
    const { importStaticList } = await ok(
      marketer<{ importStaticList: Record<string, unknown> }>(IMPORT, { segmentId: list.id, csv }),
    );
    expect(importStaticList).toEqual({
      segment: { size: 2 },
      added: 1,
      alreadyMembers: 1,
      unknownRows: [
        { line: 4, value: unknownId, reason: 'no customer with this id is known to marketing' },
        {
          line: 5,
          value: 'nobody@example.com',
          reason: 'no customer with this e-mail address is known to marketing',
        },
        { line: 6, value: 'not an id', reason: 'is neither a customer id nor an e-mail address' },
      ],
    });
    const added = await onKafka(list.id, 'crm.marketing.segment.member_added', 2);
    expect(added.map((data) => data.customerIds)).toEqual(
      [[bob, cid].sort(), [ann]].map((ids) => expect.arrayContaining(ids)),
    );
    expect((await onKafka(list.id, 'crm.marketing.segment.member_removed'))[0]).toMatchObject({
      customerIds: [cid],
      cause: 'LIST_EDITED',
    });

    expect(errorOf(await marketer(ADD, { segmentId: list.id, customerIds: ['nope'] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'customerIds[0]',
    });
    const dynamic = await ok(
      marketer<{ createSegment: SegmentView }>(CREATE, {
        input: { name: 'Rule', kind: 'DYNAMIC', rule: { field: 'region', operator: 'eq', value: region } },
      }),
    );
    expect(
      errorOf(await marketer(ADD, { segmentId: dynamic.createSegment.id, customerIds: [ann] })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'segmentId',
    });
  });

  it('shows a customer its segments, follows merges and erasure', async () => {
    const { createCustomer } = await ok(
      admin<{ createCustomer: { id: string } }>(
        `mutation { createCustomer(input: { kind: PERSON, name: "Segment member" }) { id } }`,
      ),
    );
    const survivor = createCustomer.id;
    await waitFor(async () => {
      if (!(await profileOf(survivor))) throw new Error('customer.created not projected yet');
    });
    // customer.created stated the survivor's (empty) region at the real time of creation: the facts
    // below are later news, so the test clock must not be behind it.
    clock.set(new Date(Math.max(Date.now(), now())));
    const region = `R-${randomUUID().slice(0, 8)}`;
    const duplicate = await customer(region, { tier: 'A', consent: true });
    await deliver(
      paymentReceived(duplicate, '10', 'EUR', now()),
      customerUpdated(survivor, { region }, now()),
      tierChanged(survivor, 'B', now()),
    );
    const { createSegment: list } = await ok(
      marketer<{ createSegment: SegmentView }>(CREATE, { input: { name: 'VIP list', kind: 'STATIC' } }),
    );
    await ok(marketer(ADD, { segmentId: list.id, customerIds: [duplicate] }));
    const { createSegment: consenting } = await ok(
      marketer<{ createSegment: SegmentView }>(CREATE, {
        input: {
          name: 'Consenting',
          kind: 'DYNAMIC',
          rule: {
            combinator: 'AND',
            conditions: [
              { field: 'region', operator: 'eq', value: region },
              { field: 'emailConsent', operator: 'eq', value: true },
            ],
          },
        },
      }),
    );
    expect(memberIds(consenting)).toEqual([duplicate]);

    await deliver(customersMerged(survivor, [duplicate], now()));
    expect(await profileOf(duplicate)).toBeUndefined();
    expect(await profileOf(survivor)).toMatchObject({ tier: 'B', revenue: { EUR: '10' } });
    // The survivor takes the duplicate's place on the list; the rule judges the survivor itself.
    const segmentsOf = `query ($id: ID!) { customer(id: $id) { id segments { id name } } }`;
    const seen = await ok(
      analyst<{ customer: { segments: { id: string }[] } }>(segmentsOf, { id: survivor }),
    );
    expect(seen.customer.segments.map((s) => s.id)).toEqual([list.id]);
    expect((await onKafka(consenting.id, 'crm.marketing.segment.member_removed'))[0]).toMatchObject({
      customerIds: [duplicate],
      cause: 'CUSTOMER_MERGED',
    });
    // A late event about the merged id lands on the survivor.
    await deliver(consentChanged(duplicate, true, now()));
    const joined = await ok(
      analyst<{ customer: { segments: { id: string }[] } }>(segmentsOf, { id: survivor }),
    );
    expect(joined.customer.segments.map((s) => s.id).sort()).toEqual([list.id, consenting.id].sort());

    await deliver(customerErased(survivor, now()));
    expect(await profileOf(survivor)).toMatchObject({ email: null, email_consent: false, erased: true });
    const erased = await ok(
      analyst<{ customer: { segments: { id: string }[] } }>(segmentsOf, { id: survivor }),
    );
    expect(erased.customer.segments.map((s) => s.id)).toEqual([list.id]);
  });

  it('lets time move customers into "no order in 90 days" segments with the nightly refresh', async () => {
    const region = `R-${randomUUID().slice(0, 8)}`;
    const id = await customer(region);
    await deliver(orderPlaced(id, now() - 80 * DAY), lifecycleChanged(id, 'AT_RISK', now()));
    const rule = {
      combinator: 'AND',
      conditions: [
        { field: 'region', operator: 'eq', value: region },
        { field: 'lifecycle', operator: 'eq', value: 'AT_RISK' },
        { field: 'lastOrderAt', operator: 'olderThanDays', value: 90 },
      ],
    };
    const { createSegment: segment } = await ok(
      marketer<{ createSegment: SegmentView }>(CREATE, {
        input: { name: 'At risk, no order in 90 days', kind: 'DYNAMIC', rule },
      }),
    );
    expect(segment.size).toBe(0);
    clock.advance(11 * DAY);
    const run = await marketing.jobs.runNow('marketing.segment-refresh');
    await marketing.jobs.waitForRun('marketing.segment-refresh', run);
    expect((await ok(analyst<{ segment: SegmentView }>(SEGMENT, { id: segment.id }))).segment.size).toBe(1);
    expect((await onKafka(segment.id, 'crm.marketing.segment.member_added'))[0]).toMatchObject({
      customerIds: [id],
    });
  });
});
