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

const CREATE_LEAD = `mutation ($region: String, $industry: String) {
  createLead(input: { firstName: "Routed", lastName: "Lead", source: WEB_FORM, region: $region, industry: $industry }) {
    id owner { id }
  }
}`;
const CREATE_RULE = `mutation ($input: LeadAssignmentRuleInput!) {
  createLeadAssignmentRule(input: $input) { id priority region assignees { id } strategy active version }
}`;
const UPDATE_RULE = `mutation ($id: ID!, $version: Int!, $input: LeadAssignmentRuleInput!) {
  updateLeadAssignmentRule(id: $id, version: $version, input: $input) { id priority active version }
}`;
const RULES = `{ leadAssignmentRules { id region } }`;

const { repA, repB, manager, admin } = salesTeam();

type Routed = { id: string; owner: { id: string } | null };

const dataOf = <T>(response: GraphQLResponse): T => {
  expect(response.errors).toBeUndefined();
  return response.data as T;
};
/**
 * A market (a region and an industry of the data dictionary) that no other test sells to and no
 * other test of this file routes, so the rule under test sees only this test's leads.
 */
type Market = { region: string; industry: string };
const MARKETS: Market[] = [
  'MEDIA',
  'HOSPITALITY',
  'TELECOM',
  'PUBLIC_SECTOR',
  'REAL_ESTATE',
  'EDUCATION',
].map((industry) => ({ region: 'LATAM', industry }));
let marketsUsed = 0;
const uniqueMarket = (): Market => MARKETS[marketsUsed++];

describe('lead assignment rules through the gateway', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let as: Record<'repA' | 'manager' | 'admin', Send>;

  const createLead = async (market: Market) =>
    dataOf<{ createLead: Routed }>(await as.admin(CREATE_LEAD, market)).createLead;
  const createRule = async (input: Record<string, unknown>) =>
    dataOf<{ createLeadAssignmentRule: { id: string; version: number } }>(
      await as.admin(CREATE_RULE, { input: { name: 'Test', priority: 5, ...input } }),
    ).createLeadAssignmentRule;

  beforeAll(async () => {
    probe = await EventProbe.start(['crm.sales.lead.v1']);
    platform = await startPlatform();
    as = await sendersFor(platform.gatewayUrl, { repA, manager, admin });
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('routes leads without an owner round-robin over the matching rule (4 leads, 2 assignees)', async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    const market = uniqueMarket();
    const { region } = market;
    const response = await as.admin(CREATE_RULE, {
      input: {
        name: 'Test region',
        priority: 5,
        ...market,
        region: region.toLowerCase(),
        assigneeIds: [first, second],
      },
    });
    const rule = dataOf<{ createLeadAssignmentRule: { id: string } }>(response).createLeadAssignmentRule;
    expect(rule).toMatchObject({
      region,
      strategy: 'ROUND_ROBIN',
      active: true,
      version: 1,
      assignees: [{ id: first }, { id: second }],
    });
    const leads: Routed[] = [];
    for (let i = 0; i < 4; i++) leads.push(await createLead(market));
    expect(leads.map((lead) => lead.owner?.id)).toEqual([first, second, first, second]);
    expect((await createLead(uniqueMarket())).owner).toBeNull();

    const assigned = await waitFor(() => {
      const found = probe.messages
        .filter((m) => m.key === leads[3].id)
        .map((m) => parseEvent(m.value) as AnyCloudEvent)
        .find((event) => event.type === 'crm.sales.lead.assigned');
      if (!found) throw new Error('lead.assigned not on Kafka yet');
      return found;
    });
    expect(assigned.data).toMatchObject({ ownerId: second, previousOwnerId: null, ruleId: rule.id });
  });

  it('moves the pointer atomically: concurrent leads still take turns', async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    const market = uniqueMarket();
    await createRule({ ...market, assigneeIds: [first, second] });
    const leads = await Promise.all(Array.from({ length: 6 }, () => createLead(market)));
    const owners = leads.map((lead) => lead.owner?.id);
    expect(owners.filter((owner) => owner === first)).toHaveLength(3);
    expect(owners.filter((owner) => owner === second)).toHaveLength(3);
  });

  it('takes the first active rule by priority; updates need the current version', async () => {
    const market = uniqueMarket();
    const [low, high] = [randomUUID(), randomUUID()];
    await createRule({ ...market, priority: 20, assigneeIds: [low] });
    const preferred = await createRule({ ...market, priority: 10, assigneeIds: [high] });
    expect((await createLead(market)).owner).toEqual({ id: high });

    const input = { name: 'Paused', priority: 10, ...market, assigneeIds: [high], active: false };
    const paused = await as.admin(UPDATE_RULE, { id: preferred.id, version: 1, input });
    expect(dataOf<{ updateLeadAssignmentRule: unknown }>(paused).updateLeadAssignmentRule).toMatchObject({
      active: false,
      version: 2,
    });
    expect((await createLead(market)).owner).toEqual({ id: low });
    expect(codesOf(await as.admin(UPDATE_RULE, { id: preferred.id, version: 1, input }))).toEqual([
      'CONFLICT',
    ]);
  });

  it('is for managers (their team only), marketers and admins; never reps', async () => {
    const rule = await createRule({ ...uniqueMarket(), assigneeIds: [randomUUID()], active: false });
    expect(codesOf(await as.repA(RULES))).toEqual(['FORBIDDEN']);
    const asRep = await as.repA(CREATE_RULE, {
      input: { name: 'x', priority: 1, assigneeIds: [repA.userId] },
    });
    expect(codesOf(asRep)).toEqual(['FORBIDDEN']);
    const outsideTeam = await as.manager(CREATE_RULE, {
      input: { name: 'x', priority: 1, assigneeIds: [repB.userId], active: false },
    });
    expect(codesOf(outsideTeam)).toEqual(['FORBIDDEN']);
    const ownTeam = await as.manager(CREATE_RULE, {
      input: {
        name: 'Team',
        priority: 1,
        ...uniqueMarket(),
        assigneeIds: [repA.userId, manager.userId],
      },
    });
    expect(ownTeam.errors).toBeUndefined();
    const rules = dataOf<{ leadAssignmentRules: { id: string }[] }>(
      await as.manager(RULES),
    ).leadAssignmentRules;
    expect(rules.map((r) => r.id)).toContain(rule.id);
    const bad = await as.admin(CREATE_RULE, { input: { name: 'x', priority: 1, assigneeIds: [] } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.assigneeIds' });
  });
});
