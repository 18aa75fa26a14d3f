import { ok, person, sender, startPlatform, tokenFor, type TestPlatform } from '@crm/platform-testing';
import { customerKnownToSales } from './support/sales-fixtures';

/** Issue 5 §3: the opportunities list, scoped to the caller, filtered, keyset-paged. */
const CREATE = `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`;
const LIST = `query ($filter: OpportunityFilter, $first: Int, $after: String) {
  opportunities(first: $first, after: $after, filter: $filter) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;

interface Deal {
  id: string;
}

describe('opportunities list through the gateway', () => {
  let platform: TestPlatform;
  const rep = person(['SALES_REP']);

  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.stop());

  it('lists the caller’s deals newest first, filtered and paged', async () => {
    const lister = person(['SALES_REP']);
    const asLister = sender(platform.gatewayUrl, await tokenFor(lister));
    const own = await customerKnownToSales(platform, asLister, lister.userId);
    const make = async (input: Record<string, unknown>) =>
      (
        await ok(
          asLister<{ createOpportunity: Deal }>(CREATE, {
            input: { customerId: own, name: 'Listed', amount: '1', currency: 'EUR', ...input },
          }),
        )
      ).createOpportunity.id;
    const early = await make({ expectedCloseDate: '2027-01-15' });
    const late = await make({ expectedCloseDate: '2027-06-15', stage: 'PROPOSAL' });
    const undated = await make({});
    const ids = async (variables: Record<string, unknown>) =>
      (
        await ok(asLister<{ opportunities: { edges: { node: { id: string } }[] } }>(LIST, variables))
      ).opportunities.edges.map((edge) => edge.node.id);

    expect(await ids({})).toEqual([undated, late, early]);
    expect(await ids({ filter: { stage: 'PROPOSAL' } })).toEqual([late]);
    expect(await ids({ filter: { customerId: own, closingBefore: '2027-03-01' } })).toEqual([early]);
    expect(await ids({ filter: { closingAfter: '2027-03-01' } })).toEqual([late]);
    expect(await ids({ filter: { ownerId: rep.userId } })).toEqual([]);
    // The lister's manager sees the lister's deals; another rep sees none of them.
    const manager = person(['SALES_MANAGER'], { managedUserIds: [lister.userId] });
    const asManager = sender(platform.gatewayUrl, await tokenFor(manager));
    const listedFor = async (send: typeof asLister) =>
      (
        await ok(
          send<{ opportunities: { edges: { node: { id: string } }[] } }>(LIST, {
            filter: { ownerId: lister.userId },
          }),
        )
      ).opportunities.edges.map((edge) => edge.node.id);
    expect(await listedFor(asManager)).toEqual([undated, late, early]);
    expect(await listedFor(sender(platform.gatewayUrl, await tokenFor(rep)))).toEqual([]);

    const first = await ok(
      asLister<{ opportunities: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string } } }>(
        LIST,
        {
          first: 2,
        },
      ),
    );
    expect(first.opportunities.edges.map((edge) => edge.node.id)).toEqual([undated, late]);
    expect(await ids({ first: 2, after: first.opportunities.pageInfo.endCursor })).toEqual([early]);
  });
});
