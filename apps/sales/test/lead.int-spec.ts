import { randomUUID } from 'node:crypto';
import { parseEvent, type AnyCloudEvent } from '@crm/events';
import {
  codesOf,
  EventProbe,
  sendersFor,
  startPlatform,
  waitFor,
  type GraphQLResponse,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';
import { salesTeam } from './support/sales-team';

const LEAD_FIELDS = `id firstName status score scoreBreakdown { factor points reason } owner { id }
  source sourceCampaign { id } disqualificationReason version`;
const CREATE_LEAD = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { ${LEAD_FIELDS} } }`;
const UPDATE_LEAD = `mutation ($id: ID!, $version: Int!, $input: UpdateLeadInput!) {
  updateLead(id: $id, version: $version, input: $input) { ${LEAD_FIELDS} jobTitle }
}`;
const LOG_FOLLOW_UP = `mutation ($leadId: ID!, $input: LogLeadFollowUpInput!) {
  logLeadFollowUp(leadId: $leadId, input: $input) { id type note by { id } }
}`;
const QUALIFY = `mutation ($id: ID!) { qualifyLead(id: $id) { ${LEAD_FIELDS} } }`;
const DISQUALIFY = `mutation ($id: ID!, $reason: String!) { disqualifyLead(id: $id, reason: $reason) { ${LEAD_FIELDS} } }`;
const ASSIGN = `mutation ($id: ID!, $ownerId: ID!) { assignLead(id: $id, ownerId: $ownerId) { id owner { id } } }`;
const LEAD = `query ($id: ID!) { lead(id: $id) { ${LEAD_FIELDS} followUps { edges { node { type note } } } } }`;
const LEADS = `query ($first: Int, $after: String, $filter: LeadFilter) {
  leads(first: $first, after: $after, filter: $filter) { edges { node { id } } pageInfo { hasNextPage endCursor } }
}`;

const { repA, repB, manager, admin } = salesTeam();

type LeadView = {
  id: string;
  status: string;
  score: number;
  scoreBreakdown: { factor: string; points: number; reason: string }[];
  owner: { id: string } | null;
  version: number;
};

const dataOf = <T>(response: GraphQLResponse): T => {
  expect(response.errors).toBeUndefined();
  return response.data as T;
};

describe('leads through the gateway', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let as: Record<'repA' | 'repB' | 'manager' | 'admin', Send>;

  const createLead = async (send: Send, input: Record<string, unknown>) =>
    dataOf<{ createLead: LeadView }>(
      await send(CREATE_LEAD, {
        input: { firstName: 'Jana', lastName: 'Krüger', source: 'WEB_FORM', ...input },
      }),
    ).createLead;

  const eventsOf = (leadId: string): AnyCloudEvent[] =>
    probe.messages
      .filter((m) => m.key === leadId && m.topic === 'crm.sales.lead.v1')
      .map((m) => parseEvent(m.value));
  const auditedActions = (entityId: string) =>
    probe.messages
      .filter((m) => m.key === entityId && m.topic === 'crm.sales.audit.v1')
      .map((m) => (parseEvent(m.value).data as { action: string }).action);

  beforeAll(async () => {
    probe = await EventProbe.start(['crm.sales.lead.v1', 'crm.sales.audit.v1']);
    platform = await startPlatform();
    as = await sendersFor(platform.gatewayUrl, { repA, repB, manager, admin });
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('refuses every invalid field of a lead at once, empty ids and NUL bytes as bad input', async () => {
    const response = await as.repA(CREATE_LEAD, {
      input: {
        firstName: 'Jana',
        lastName: 'Krüger',
        source: 'WEB_FORM',
        phone: 'call me',
        industry: 'NOT_A_CODE',
      },
    });
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    const extensions = response.errors?.[0].extensions as { field: string; fields: { field: string }[] };
    expect(extensions.field).toBe('input.phone');
    expect(extensions.fields.map((problem) => problem.field)).toEqual(['input.phone', 'input.industry']);

    const lead = await createLead(as.repA, { phone: '+49 30 1234567', industry: 'energy' });
    const emptyOwner = await as.admin(LEADS, { first: 5, filter: { ownerId: '' } });
    expect(emptyOwner.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.ownerId',
    });
    const nul = await as.repA(DISQUALIFY, { id: lead.id, reason: 'spam\u0000' });
    expect(nul.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const nulName = await as.repA(UPDATE_LEAD, {
      id: lead.id,
      version: lead.version,
      input: { firstName: 'J\u0000' },
    });
    expect(nulName.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.firstName',
    });
  });

  it('creates a scored campaign lead and publishes lead.created', async () => {
    const campaignId = randomUUID();
    const lead = await createLead(as.repA, {
      source: 'CAMPAIGN',
      sourceCampaignId: campaignId,
      industry: 'software',
      companySize: 'ENTERPRISE',
      jobTitle: 'CTO',
      region: 'EMEA',
      idempotencyKey: `lead-${campaignId}`,
    });
    expect(lead).toMatchObject({
      status: 'NEW',
      score: 70,
      owner: { id: repA.userId },
      sourceCampaign: { id: campaignId },
      version: 1,
    });
    expect(lead.scoreBreakdown[0]).toEqual({
      factor: 'industry',
      points: 15,
      reason: 'SOFTWARE is a target industry',
    });

    const retried = await as.repA(CREATE_LEAD, {
      input: {
        firstName: 'Jana',
        lastName: 'Krüger',
        source: 'CAMPAIGN',
        sourceCampaignId: campaignId,
        industry: 'software',
        companySize: 'ENTERPRISE',
        jobTitle: 'CTO',
        region: 'EMEA',
        idempotencyKey: `lead-${campaignId}`,
      },
    });
    expect(dataOf<{ createLead: LeadView }>(retried).createLead.id).toBe(lead.id);

    const events = await waitFor(() => {
      const found = eventsOf(lead.id);
      if (found.length < 2) throw new Error('lead events not on Kafka yet');
      return found;
    });
    expect(events.map((event) => event.type)).toEqual(['crm.sales.lead.created', 'crm.sales.lead.assigned']);
    expect(events[0]).toMatchObject({
      source: '/crm/sales',
      subject: lead.id,
      data: {
        leadId: lead.id,
        source: 'CAMPAIGN',
        sourceCampaignId: campaignId,
        ownerId: repA.userId,
        score: 70,
      },
    });
  });

  it.each([
    [{ source: 'CAMPAIGN' }, 'input.sourceCampaignId'],
    [{ sourceCampaignId: randomUUID() }, 'input.sourceCampaignId'],
    [{ email: 'not-an-email' }, 'input.email'],
    [{ firstName: '  ' }, 'input.firstName'],
  ])('refuses %j on %s and writes nothing', async (change, field) => {
    const count = () => platform.subgraphs.sales.dataSource.query('SELECT count(*) AS n FROM leads');
    const before = await count();
    const response = await as.admin(CREATE_LEAD, {
      input: { firstName: 'Bad', lastName: 'Input', source: 'WEB_FORM', ...change },
    });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count()).toEqual(before);
  });

  it('moves NEW → CONTACTED on the first follow-up, then QUALIFIED; illegal moves are refused', async () => {
    const lead = await createLead(as.repA, { source: 'REFERRAL' });
    expect(codesOf(await as.repA(QUALIFY, { id: lead.id }))).toEqual(['BAD_USER_INPUT']);

    const followUp = await as.repA(LOG_FOLLOW_UP, {
      leadId: lead.id,
      input: { type: 'MEETING', note: 'Demo' },
    });
    expect(dataOf<{ logLeadFollowUp: unknown }>(followUp).logLeadFollowUp).toMatchObject({
      type: 'MEETING',
      note: 'Demo',
      by: { id: repA.userId },
    });
    const contacted = dataOf<{ lead: LeadView & { followUps: unknown } }>(
      await as.repA(LEAD, { id: lead.id }),
    ).lead;
    expect(contacted).toMatchObject({ status: 'CONTACTED', score: lead.score + 10, version: 2 });
    expect(contacted.followUps).toEqual({ edges: [{ node: { type: 'MEETING', note: 'Demo' } }] });

    const qualified = dataOf<{ qualifyLead: LeadView }>(await as.repA(QUALIFY, { id: lead.id })).qualifyLead;
    expect(qualified.status).toBe('QUALIFIED');
    expect(codesOf(await as.repA(QUALIFY, { id: lead.id }))).toEqual(['CONFLICT']);

    const other = await createLead(as.repA, {});
    const disqualified = dataOf<{ disqualifyLead: LeadView & { disqualificationReason: string } }>(
      await as.repA(DISQUALIFY, { id: other.id, reason: 'No budget this year' }),
    ).disqualifyLead;
    expect(disqualified).toMatchObject({
      status: 'DISQUALIFIED',
      disqualificationReason: 'No budget this year',
    });
    expect(codesOf(await as.repA(LOG_FOLLOW_UP, { leadId: other.id, input: { type: 'CALL' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);

    await waitFor(() => {
      const types = [...eventsOf(lead.id), ...eventsOf(other.id)].map((event) => event.type);
      expect(types).toEqual(
        expect.arrayContaining(['crm.sales.lead.qualified', 'crm.sales.lead.disqualified']),
      );
    });
    await waitFor(() =>
      expect(auditedActions(lead.id)).toEqual(['createLead', 'logLeadFollowUp', 'qualifyLead']),
    );
    const disqualifiedEvent = eventsOf(other.id).find(
      (event) => event.type === 'crm.sales.lead.disqualified',
    );
    expect(disqualifiedEvent?.data).toMatchObject({ leadId: other.id, reason: 'No budget this year' });
  });

  it('updates with the version read, rescoring; a stale version is CONFLICT', async () => {
    const lead = await createLead(as.repA, {});
    const updated = dataOf<{ updateLead: LeadView & { jobTitle: string } }>(
      await as.repA(UPDATE_LEAD, { id: lead.id, version: 1, input: { jobTitle: 'Head of Procurement' } }),
    ).updateLead;
    expect(updated).toMatchObject({ jobTitle: 'Head of Procurement', score: lead.score + 15, version: 2 });
    const stale = await as.repA(UPDATE_LEAD, { id: lead.id, version: 1, input: { jobTitle: 'Intern' } });
    expect(codesOf(stale)).toEqual(['CONFLICT']);
    const bad = await as.repA(UPDATE_LEAD, { id: lead.id, version: 2, input: { source: 'CAMPAIGN' } });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.sourceCampaignId',
    });
  });

  it('scopes leads: reps their own, managers their team, with keyset pages and filters', async () => {
    const olderOfA = [await createLead(as.repA, {}), await createLead(as.repA, {})];
    const ofA = await createLead(as.repA, { lastName: 'Scoped' });
    const ofB = await createLead(as.repB, { lastName: 'Scoped' });
    expect(codesOf(await as.repB(LEAD, { id: ofA.id }))).toEqual(['FORBIDDEN']);
    expect(dataOf<{ lead: LeadView }>(await as.manager(LEAD, { id: ofA.id })).lead.id).toBe(ofA.id);
    expect(codesOf(await as.manager(LEAD, { id: ofB.id }))).toEqual(['FORBIDDEN']);

    type Page = {
      leads: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    const idsOf = (page: Page) => page.leads.edges.map((edge) => edge.node.id);
    const bList = idsOf(dataOf<Page>(await as.repB(LEADS, { first: 200 })));
    expect(bList).toContain(ofB.id);
    expect(bList).not.toContain(ofA.id);
    const managerList = idsOf(dataOf<Page>(await as.manager(LEADS, { first: 200 })));
    expect(managerList).toContain(ofA.id);
    expect(managerList).not.toContain(ofB.id);
    expect(idsOf(dataOf<Page>(await as.manager(LEADS, { filter: { ownerId: repB.userId } })))).toEqual([]);

    const firstPage = dataOf<Page>(
      await as.repA(LEADS, { first: 2, filter: { status: 'NEW', source: 'WEB_FORM' } }),
    );
    expect(firstPage.leads.pageInfo.hasNextPage).toBe(true);
    const nextPage = dataOf<Page>(
      await as.repA(LEADS, {
        first: 2,
        after: firstPage.leads.pageInfo.endCursor,
        filter: { status: 'NEW' },
      }),
    );
    expect(idsOf(firstPage)).toEqual([ofA.id, olderOfA[1].id]);
    expect(idsOf(nextPage)[0]).toBe(olderOfA[0].id);
  });

  it('assigns explicitly within the caller scope and publishes lead.assigned', async () => {
    const lead = await createLead(as.manager, {});
    const assigned = await as.manager(ASSIGN, { id: lead.id, ownerId: repA.userId });
    expect(dataOf<{ assignLead: unknown }>(assigned).assignLead).toEqual({
      id: lead.id,
      owner: { id: repA.userId },
    });
    expect(codesOf(await as.manager(ASSIGN, { id: lead.id, ownerId: repB.userId }))).toEqual(['FORBIDDEN']);
    expect(codesOf(await as.repB(ASSIGN, { id: lead.id, ownerId: repB.userId }))).toEqual(['FORBIDDEN']);
    await waitFor(() => {
      const event = eventsOf(lead.id).find(
        (e) =>
          e.type === 'crm.sales.lead.assigned' && (e.data as { ownerId: string }).ownerId === repA.userId,
      );
      expect(event?.data).toMatchObject({ previousOwnerId: manager.userId, ruleId: null });
    });
  });
});
