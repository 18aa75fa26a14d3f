import { randomUUID } from 'node:crypto';
import {
  DEMO_ADMIN,
  graphqlRequest,
  startPlatform,
  tokenFor,
  waitFor,
  type TestPlatform,
} from '@crm/platform-testing';

const CREATE = `mutation ($input: CreateCampaignInput!) {
  createCampaign(input: $input) { id name status budget { amount currency } }
}`;
const TRAIL = `query ($id: ID!) {
  auditTrail(entityType: "Campaign", entityId: $id) {
    edges { node { action actor { id } changes { field before after } } }
  }
}`;

interface Campaign {
  id: string;
  name: string;
  status: string;
  budget: { amount: string; currency: string } | null;
}
type Trail = {
  auditTrail: {
    edges: {
      node: { action: string; actor: { id: string }; changes: { field: string; after: string | null }[] };
    }[];
  };
};

describe('campaigns through the gateway', () => {
  let platform: TestPlatform;
  let admin: string;
  let marketer: string;
  const marketerId = randomUUID();
  const create = (input: Record<string, unknown>) =>
    graphqlRequest<{ createCampaign: Campaign }>(platform.gatewayUrl, CREATE, { input }, marketer);
  const campaignCount = async () =>
    Number((await platform.subgraphs.marketing.dataSource.query('SELECT count(*) AS n FROM campaigns'))[0].n);

  beforeAll(async () => {
    platform = await startPlatform();
    admin = await tokenFor();
    marketer = await tokenFor({ ...DEMO_ADMIN, userId: marketerId, roles: ['MARKETER'] });
  });
  afterAll(() => platform?.stop());

  it('records who created the campaign and what it holds in the audit trail', async () => {
    const created = await create({ name: 'Spring launch', budgetAmount: '2500.50', budgetCurrency: 'EUR' });
    expect(created.errors).toBeUndefined();
    const campaign = created.data!.createCampaign;
    expect(campaign).toMatchObject({ status: 'DRAFT', budget: { amount: '2500.50', currency: 'EUR' } });

    const entry = await waitFor(async () => {
      const response = await graphqlRequest<Trail>(platform.gatewayUrl, TRAIL, { id: campaign.id }, admin);
      expect(response.data?.auditTrail.edges).toHaveLength(1);
      return response.data!.auditTrail.edges[0].node;
    });
    expect(entry.action).toBe('createCampaign');
    expect(entry.actor.id).toBe(marketerId);
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', before: null, after: '"Spring launch"' },
        { field: 'status', before: null, after: '"DRAFT"' },
      ]),
    );
  });

  it('creates once per idempotency key and refuses the key with other input', async () => {
    const input = { name: 'Retried campaign', idempotencyKey: randomUUID() };
    const before = await campaignCount();
    const first = await create(input);
    const retry = await create(input);
    expect(first.errors).toBeUndefined();
    expect(retry.data?.createCampaign.id).toBe(first.data?.createCampaign.id);
    expect(await campaignCount()).toBe(before + 1);

    const changed = await create({ ...input, startsOn: '2027-01-01' });
    expect(changed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.idempotencyKey',
    });
    expect(await campaignCount()).toBe(before + 1);
  });

  it('reports an empty id as BAD_USER_INPUT on its field', async () => {
    const byEmptyId = await graphqlRequest(
      platform.gatewayUrl,
      `query { campaign(id: "") { id } }`,
      {},
      marketer,
    );
    expect(byEmptyId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const trail = await graphqlRequest(platform.gatewayUrl, TRAIL, { id: '' }, admin);
    expect(trail.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entityId' });
  });
});
