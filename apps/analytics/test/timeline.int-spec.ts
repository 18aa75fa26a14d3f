import { randomUUID } from 'node:crypto';
import type { Caller } from '@crm/auth';
import { buildEvent } from '@crm/events';
import { appendToOutbox } from '@crm/messaging';
import type { Role } from '@crm/permissions';
import {
  graphqlRequest,
  startPlatform,
  tokenFor,
  waitFor,
  type GraphQLResponse,
  type TestPlatform,
} from '@crm/platform-testing';

const person = (roles: Role[], userId: string = randomUUID()): Caller => ({
  userId,
  roles,
  teamId: null,
  managedUserIds: [],
});

const TIMELINE = `query ($id: ID!, $first: Int, $after: String, $kinds: [TimelineEntryKind!]) {
  customer(id: $id) { timeline(first: $first, after: $after, kinds: $kinds) {
    edges { node { kind title summary occurredAt interaction { id summary } opportunity { id name } } }
    pageInfo { hasNextPage endCursor } } } }`;

interface Entry {
  kind: string;
  title: string;
  summary: string | null;
  occurredAt: string;
  interaction: { id: string; summary: string } | null;
  opportunity: { id: string; name: string } | null;
}
interface Timeline {
  customer: { timeline: { edges: { node: Entry }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
}

const AUDIT_TRAIL = `query ($id: ID!) {
  auditTrail(entityType: "Customer", entityId: $id) { edges { node { action changes { field after } } } } }`;
interface AuditTrail {
  auditTrail: { edges: { node: { action: string; changes: { field: string; after: string | null }[] } }[] };
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

describe('customer timeline: interactions and other domains’ activity, from events, through the gateway', () => {
  let platform: TestPlatform;
  let admin: string;
  let rep: string;
  const repId = randomUUID();

  async function send<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response: GraphQLResponse<T> = await graphqlRequest<T>(
      platform.gatewayUrl,
      query,
      variables,
      token,
    );
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data as T;
  }
  const createCustomer = async (name: string, ownerId: string | null = null) =>
    (
      await send<{ createCustomer: { id: string } }>(
        admin,
        `mutation ($name: String!, $ownerId: ID) { createCustomer(input: { kind: PERSON, name: $name, ownerId: $ownerId }) { id } }`,
        { name, ownerId },
      )
    ).createCustomer.id;
  const logInteraction = async (token: string, input: Record<string, unknown>) =>
    (
      await send<{ logInteraction: { id: string } }>(
        token,
        `mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }`,
        {
          input: {
            type: 'CALL',
            direction: 'INBOUND',
            durationMinutes: 5,
            occurredAt: hoursAgo(1),
            ...input,
          },
        },
      )
    ).logInteraction.id;
  // Sales learns customers from events: the first deal may wait for its projection.
  const createOpportunity = (token: string, customerId: string, name: string) =>
    waitFor(() =>
      send<{ createOpportunity: { id: string } }>(
        token,
        `mutation ($customerId: ID!, $name: String!) { createOpportunity(input: { customerId: $customerId, name: $name, amount: "1200.50", currency: "EUR" }) { id } }`,
        { customerId, name },
      ),
    ).then((data) => data.createOpportunity.id);
  /** The timeline once `ready` holds for it: the events travel through Kafka to analytics. */
  const timelineOnce = (
    token: string,
    variables: Record<string, unknown>,
    ready: (entries: Entry[]) => boolean,
  ) =>
    waitFor(async () => {
      const timeline = (await send<Timeline>(token, TIMELINE, variables)).customer.timeline;
      const entries = timeline.edges.map((edge) => edge.node);
      if (!ready(entries)) throw new Error(`timeline not there yet: ${JSON.stringify(entries)}`);
      return timeline;
    });
  const kindsOf = (entries: Entry[]) => entries.map((entry) => entry.kind);

  beforeAll(async () => {
    platform = await startPlatform();
    [admin, rep] = await Promise.all([tokenFor(person(['ADMIN'])), tokenFor(person(['SALES_REP'], repId))]);
  });
  afterAll(() => platform?.stop());

  it('merges the customer’s interactions with deals, newest first, each linked to its record in the graph', async () => {
    const customerId = await createCustomer('Timeline Person', repId);
    const callId = await logInteraction(rep, {
      customerId,
      summary: 'Asked about the pilot',
      occurredAt: hoursAgo(2),
    });
    const opportunityId = await createOpportunity(rep, customerId, 'Pilot deal');
    const timeline = await timelineOnce(rep, { id: customerId }, (entries) => entries.length === 3);
    const entries = timeline.edges.map((edge) => edge.node);
    expect(kindsOf(entries)).toEqual(['OPPORTUNITY_CREATED', 'CUSTOMER_CREATED', 'INTERACTION']);
    expect(entries[0]).toMatchObject({
      title: 'Opportunity opened: Pilot deal',
      summary: '1200.50 EUR, PROSPECTING',
      opportunity: { id: opportunityId, name: 'Pilot deal' },
      interaction: null,
    });
    expect(entries[1]).toMatchObject({ title: 'Customer created: Timeline Person', opportunity: null });
    expect(entries[2]).toMatchObject({
      title: 'Inbound call, 5 min',
      summary: 'Asked about the pilot',
      interaction: { id: callId, summary: 'Asked about the pilot' },
    });
    const occurred = entries.map((entry) => Date.parse(entry.occurredAt));
    expect([...occurred].sort((a, b) => b - a)).toEqual(occurred);
  });

  it('filters by kinds, pages with keyset cursors, and shows a corrected interaction as corrected', async () => {
    const customerId = await createCustomer('Paging Person', repId);
    const first = await logInteraction(rep, { customerId, summary: 'first', occurredAt: hoursAgo(3) });
    await logInteraction(rep, {
      customerId,
      summary: 'second',
      type: 'EMAIL',
      durationMinutes: null,
      occurredAt: hoursAgo(2),
    });
    const kinds = ['INTERACTION'];
    const page = await timelineOnce(
      rep,
      { id: customerId, first: 1, kinds },
      (entries) => entries[0]?.summary === 'second',
    );
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await timelineOnce(
      rep,
      { id: customerId, first: 1, kinds, after: page.pageInfo.endCursor },
      () => true,
    );
    expect(next.edges.map((edge) => edge.node.summary)).toEqual(['first']);
    expect(next.pageInfo.hasNextPage).toBe(false);

    await send(
      rep,
      `mutation ($id: ID!) { updateInteraction(id: $id, version: 1, input: { summary: "first, corrected" }) { id } }`,
      {
        id: first,
      },
    );
    const corrected = await timelineOnce(rep, { id: customerId, kinds }, (entries) =>
      entries.some((entry) => entry.summary === 'first, corrected'),
    );
    expect(corrected.edges.map((edge) => edge.node.summary)).toEqual(['second', 'first, corrected']);
  });

  it('moves the timeline and open deals of merged duplicates to the survivor (customer.merged)', async () => {
    const survivor = await createCustomer('Survivor Person');
    const duplicate = await createCustomer('Duplicate Person');
    await logInteraction(admin, { customerId: duplicate, summary: 'Called the duplicate' });
    await createOpportunity(admin, duplicate, 'Duplicate deal');
    await timelineOnce(admin, { id: duplicate }, (entries) => entries.length === 3);
    await send(
      admin,
      `mutation ($s: ID!, $m: [ID!]!) { mergeCustomers(survivorId: $s, mergedIds: $m) { id } }`,
      {
        s: survivor,
        m: [duplicate],
      },
    );
    const merged = await timelineOnce(admin, { id: survivor }, (entries) => entries.length === 5);
    expect(kindsOf(merged.edges.map((edge) => edge.node)).sort()).toEqual(
      [
        'CUSTOMER_CREATED',
        'CUSTOMER_CREATED',
        'CUSTOMER_MERGED',
        'INTERACTION',
        'OPPORTUNITY_CREATED',
      ].sort(),
    );
    const metrics = await send<{ customer: { metrics: { openOpportunities: number } } }>(
      admin,
      `query ($id: ID!) { customer(id: $id) { metrics { openOpportunities } } }`,
      { id: survivor },
    );
    expect(metrics.customer.metrics.openOpportunities).toBe(1);
    const [fact] = await platform.subgraphs.analytics.dataSource.query(
      'SELECT merged_into_id FROM customer_facts WHERE customer_id = $1',
      [duplicate],
    );
    expect(fact.merged_into_id).toBe(survivor);

    // An event about the duplicate that reaches analytics after the merge lands on the survivor.
    const lateId = randomUUID();
    const late = buildEvent('crm.customer.interaction.logged', {
      subject: lateId,
      actor: 'system',
      data: {
        interactionId: lateId,
        customerId: duplicate,
        type: 'VISIT',
        direction: 'OUTBOUND',
        occurredAt: hoursAgo(5),
        durationMinutes: 60,
        summary: 'Visited before the merge',
        outcome: null,
        contactIds: [],
        userIds: [],
        loggedById: 'system',
        version: 1,
      },
    });
    await platform.subgraphs.customer.dataSource.transaction((manager) => appendToOutbox(manager, [late]));
    const withLate = await timelineOnce(admin, { id: survivor, kinds: ['INTERACTION'] }, (entries) =>
      entries.some((entry) => entry.summary === 'Visited before the merge'),
    );
    expect(withLate.edges).toHaveLength(2);
  });

  it('keeps only what happened, not who or what was said, once the customer is erased (customer.erased)', async () => {
    const customerId = await createCustomer('Erin Erasable');
    await logInteraction(admin, { customerId, summary: 'Erin told us about her divorce' });
    await timelineOnce(admin, { id: customerId }, (entries) => entries.length === 2);
    await send(admin, `mutation ($id: ID!) { eraseCustomer(id: $id) { id } }`, { id: customerId });
    const erased = await timelineOnce(admin, { id: customerId }, (entries) =>
      entries.every((entry) => !entry.summary),
    );
    expect(erased.edges.map((edge) => [edge.node.kind, edge.node.title, edge.node.summary])).toEqual([
      ['CUSTOMER_CREATED', 'Customer created', null],
      ['INTERACTION', 'Interaction', null],
    ]);
    const trail = await send<AuditTrail>(admin, AUDIT_TRAIL, { id: customerId });
    const created = trail.auditTrail.edges.find((edge) => edge.node.action === 'createCustomer')!.node;
    expect(created.changes.find((change) => change.field === 'name')?.after).toBe('"[erased]"');
    expect(JSON.stringify(trail)).not.toContain('Erin');

    // An audit entry about the customer that reaches analytics after the erasure keeps no values either.
    const late = buildEvent('crm.customer.audit.recorded', {
      subject: customerId,
      actor: 'system',
      data: {
        entityType: 'Customer',
        entityId: customerId,
        action: 'lateCorrection',
        actorId: 'system',
        changes: [{ field: 'name', before: '"Erin Erasable"', after: '"Erin E."' }],
        occurredAt: new Date().toISOString(),
      },
    });
    await platform.subgraphs.customer.dataSource.transaction((manager) => appendToOutbox(manager, [late]));
    const lateEntry = await waitFor(async () => {
      const { auditTrail } = await send<AuditTrail>(admin, AUDIT_TRAIL, { id: customerId });
      const found = auditTrail.edges.find((edge) => edge.node.action === 'lateCorrection');
      if (!found) throw new Error('late audit entry not in analytics yet');
      return found.node;
    });
    expect(lateEntry.changes).toEqual([{ field: 'name', after: '"[erased]"' }]);
  });
});
