import { parseEvent, type AnyCloudEvent } from '@crm/events';
import {
  errorOf,
  EventProbe,
  ok,
  sender,
  startPlatform,
  tokenFor,
  waitFor,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';
import { customerKnownToSales } from './support/sales-fixtures';
import { salesTeam } from './support/sales-team';

/** Issue 5 §3: a deal's details, stage moves, close, reopen and history, through the gateway. */
const DEAL_FIELDS = `id version stage probability competitors wonReason lostReason closedAt
  amount { amount currency } expectedCloseDate owner { id }`;
const CREATE = `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { ${DEAL_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateOpportunityInput!) {
  updateOpportunity(id: $id, version: $version, input: $input) { ${DEAL_FIELDS} } }`;
const MOVE = `mutation ($id: ID!, $version: Int!, $stage: OpportunityStage!, $probability: Int) {
  moveOpportunityStage(id: $id, version: $version, stage: $stage, probability: $probability) { ${DEAL_FIELDS} } }`;
const WIN = `mutation ($id: ID!, $version: Int!, $reason: String) {
  winOpportunity(id: $id, version: $version, reason: $reason) { ${DEAL_FIELDS} } }`;
const LOSE = `mutation ($id: ID!, $version: Int!, $reason: String!) {
  loseOpportunity(id: $id, version: $version, reason: $reason) { ${DEAL_FIELDS} } }`;
const REOPEN = `mutation ($id: ID!, $version: Int!, $reason: String!, $stage: OpportunityStage!) {
  reopenOpportunity(id: $id, version: $version, reason: $reason, stage: $stage) { ${DEAL_FIELDS} } }`;
const HISTORY = `query ($id: ID!) { opportunity(id: $id) {
  stageHistory { fromStage toStage probability amount { amount currency } reason changedBy { id } } } }`;
interface Deal {
  id: string;
  version: number;
  stage: string;
  probability: number;
  competitors: string[];
  wonReason: string | null;
  lostReason: string | null;
  closedAt: string | null;
  amount: { amount: string; currency: string };
}

describe('opportunity lifecycle through the gateway', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  const { repA: rep, repB: otherRep, manager } = salesTeam();
  let asRep: Send;
  let asOtherRep: Send;
  let asManager: Send;
  let customerId: string;

  const create = async (input: Record<string, unknown> = {}) =>
    (
      await ok(
        asRep<{ createOpportunity: Deal }>(CREATE, {
          input: { customerId, name: 'Fleet rollout', amount: '1000', currency: 'EUR', ...input },
        }),
      )
    ).createOpportunity;

  const eventsOf = (id: string): AnyCloudEvent[] =>
    probe.messages
      .filter((message) => message.topic === 'crm.sales.opportunity.v1' && message.key === id)
      .map((message) => parseEvent(message.value));

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start(['crm.sales.opportunity.v1', 'crm.sales.audit.v1']);
    asRep = sender(platform.gatewayUrl, await tokenFor(rep));
    asOtherRep = sender(platform.gatewayUrl, await tokenFor(otherRep));
    asManager = sender(platform.gatewayUrl, await tokenFor(manager));
    customerId = await customerKnownToSales(platform, asRep, rep.userId);
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('updates details with the current version and publishes opportunity.updated', async () => {
    const deal = await create();
    const { updateOpportunity } = await ok(
      asRep<{ updateOpportunity: Deal }>(UPDATE, {
        id: deal.id,
        version: 1,
        input: {
          amount: '1250.25',
          probability: 15,
          competitors: ['Globex', 'Initech'],
          expectedCloseDate: '2027-03-31',
        },
      }),
    );
    expect(updateOpportunity).toMatchObject({
      version: 2,
      stage: 'PROSPECTING',
      probability: 15,
      competitors: ['Globex', 'Initech'],
      amount: { amount: '1250.25', currency: 'EUR' },
      expectedCloseDate: '2027-03-31',
    });

    const stale = await asRep(UPDATE, { id: deal.id, version: 1, input: { name: 'Too late' } });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT' });

    const updated = await waitFor(() => {
      const found = eventsOf(deal.id).find((event) => event.type === 'crm.sales.opportunity.updated');
      if (!found) throw new Error('no opportunity.updated yet');
      return found;
    });
    expect(updated.data).toMatchObject({
      opportunityId: deal.id,
      amount: '1250.25',
      probability: 15,
      changedFields: ['amount', 'probability', 'expectedCloseDate', 'competitors'],
      version: 2,
    });
  });

  it.each([
    [{ amount: '-5' }, 'input.amount'],
    [{ currency: 'EURO' }, 'input.currency'],
    [{ probability: 101 }, 'input.probability'],
  ])('refuses %j with BAD_USER_INPUT on %s and changes nothing', async (input, field) => {
    const deal = await create();
    const response = await asRep(UPDATE, { id: deal.id, version: 1, input });
    expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const [row] = await platform.subgraphs.sales.dataSource.query(
      'SELECT version, amount::text FROM opportunities WHERE id = $1',
      [deal.id],
    );
    expect(row).toEqual({ version: 1, amount: '1000.0000' });
  });

  it('moves, loses, refuses to move a lost deal, reopens and wins it, keeping the full history', async () => {
    const deal = await create({ amount: '5000' });
    const moved = (
      await ok(asRep<{ moveOpportunityStage: Deal }>(MOVE, { id: deal.id, version: 1, stage: 'NEGOTIATION' }))
    ).moveOpportunityStage;
    expect(moved).toMatchObject({ stage: 'NEGOTIATION', probability: 80, version: 2 });
    const back = (
      await ok(
        asRep<{ moveOpportunityStage: Deal }>(MOVE, {
          id: deal.id,
          version: 2,
          stage: 'PROPOSAL',
          probability: 55,
        }),
      )
    ).moveOpportunityStage;
    expect(back).toMatchObject({ stage: 'PROPOSAL', probability: 55 });

    const closing = await asRep(MOVE, { id: deal.id, version: 3, stage: 'CLOSED_WON' });
    expect(errorOf(closing)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stage' });
    const noReason = await asRep(LOSE, { id: deal.id, version: 3, reason: ' ' });
    expect(errorOf(noReason)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const lost = (
      await ok(asRep<{ loseOpportunity: Deal }>(LOSE, { id: deal.id, version: 3, reason: 'Budget frozen' }))
    ).loseOpportunity;
    expect(lost).toMatchObject({
      stage: 'CLOSED_LOST',
      probability: 0,
      lostReason: 'Budget frozen',
      version: 4,
    });
    expect(lost.closedAt).not.toBeNull();

    const illegal = await asRep(MOVE, { id: deal.id, version: 4, stage: 'PROSPECTING' });
    expect(errorOf(illegal)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stage' });
    expect(illegal.errors?.[0].message).toMatch(
      /CLOSED_LOST and cannot move to PROSPECTING.*reopenOpportunity/,
    );
    const frozen = await asRep(UPDATE, { id: deal.id, version: 4, input: { amount: '1' } });
    expect(errorOf(frozen)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });

    const reopened = (
      await ok(
        asRep<{ reopenOpportunity: Deal }>(REOPEN, {
          id: deal.id,
          version: 4,
          reason: 'Budget back',
          stage: 'NEGOTIATION',
        }),
      )
    ).reopenOpportunity;
    expect(reopened).toMatchObject({
      stage: 'NEGOTIATION',
      probability: 80,
      closedAt: null,
      lostReason: null,
    });
    const won = (
      await ok(asRep<{ winOpportunity: Deal }>(WIN, { id: deal.id, version: 5, reason: 'Best fit' }))
    ).winOpportunity;
    expect(won).toMatchObject({ stage: 'CLOSED_WON', probability: 100, wonReason: 'Best fit', version: 6 });

    const { opportunity } = await ok(
      asRep<{ opportunity: { stageHistory: unknown[] } }>(HISTORY, { id: deal.id }),
    );
    const line = (
      fromStage: string | null,
      toStage: string,
      probability: number,
      reason: string | null = null,
    ) => ({
      fromStage,
      toStage,
      probability,
      amount: { amount: '5000.00', currency: 'EUR' },
      reason,
      changedBy: { id: rep.userId },
    });
    expect(opportunity.stageHistory).toEqual([
      line(null, 'PROSPECTING', 10),
      line('PROSPECTING', 'NEGOTIATION', 80),
      line('NEGOTIATION', 'PROPOSAL', 55),
      line('PROPOSAL', 'CLOSED_LOST', 0, 'Budget frozen'),
      line('CLOSED_LOST', 'NEGOTIATION', 80, 'Budget back'),
      line('NEGOTIATION', 'CLOSED_WON', 100, 'Best fit'),
    ]);

    const events = await waitFor(() => {
      const seen = eventsOf(deal.id);
      if (!seen.some((event) => event.type === 'crm.sales.opportunity.won')) throw new Error('not yet won');
      return seen;
    });
    expect(events.map((event) => event.type)).toEqual([
      'crm.sales.opportunity.created',
      'crm.sales.opportunity.stage_changed',
      'crm.sales.opportunity.stage_changed',
      'crm.sales.opportunity.stage_changed',
      'crm.sales.opportunity.lost',
      'crm.sales.opportunity.stage_changed',
      'crm.sales.opportunity.stage_changed',
      'crm.sales.opportunity.won',
    ]);
    expect(events.find((event) => event.type === 'crm.sales.opportunity.lost')?.data).toMatchObject({
      reason: 'Budget frozen',
      amount: '5000.00',
    });
    const audited = await waitFor(() => {
      const actions = probe.messages
        .filter((message) => message.topic === 'crm.sales.audit.v1' && message.key === deal.id)
        .map((message) => (parseEvent(message.value).data as { action: string }).action);
      if (actions.length < 6) throw new Error('audit not complete');
      return actions;
    });
    // Refused attempts rolled back: only the six changes are in the trail.
    expect(audited).toEqual([
      'createOpportunity',
      'moveOpportunityStage',
      'moveOpportunityStage',
      'loseOpportunity',
      'reopenOpportunity',
      'winOpportunity',
    ]);
  });

  it('lets the owner’s manager change the deal, not another rep', async () => {
    const deal = await create();
    const refused = await asOtherRep(MOVE, { id: deal.id, version: 1, stage: 'QUALIFICATION' });
    expect(errorOf(refused)).toMatchObject({ code: 'FORBIDDEN' });
    const moved = await ok(
      asManager<{ moveOpportunityStage: Deal }>(MOVE, { id: deal.id, version: 1, stage: 'QUALIFICATION' }),
    );
    expect(moved.moveOpportunityStage.stage).toBe('QUALIFICATION');
    const handOver = await asRep(UPDATE, { id: deal.id, version: 2, input: { ownerId: otherRep.userId } });
    expect(errorOf(handOver)).toMatchObject({ code: 'FORBIDDEN' });
  });
});
