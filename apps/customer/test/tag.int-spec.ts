import { EventProbe, startPlatform, tokenFor, type TestPlatform } from '@crm/platform-testing';
import { dataOf, eventOn, gatewayClient, tokenOf } from './profile-test-kit';

const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const TAG = `mutation ($customerId: ID!, $tags: [TagRef!]!) {
  tagCustomer(customerId: $customerId, tags: $tags) { id tags { id group name } }
}`;
const UNTAG = `mutation ($customerId: ID!, $tagIds: [ID!]!) {
  untagCustomer(customerId: $customerId, tagIds: $tagIds) { id tags { id group name } }
}`;
const TAGS = `query ($group: String!, $first: Int, $after: String) {
  tags(group: $group, first: $first, after: $after) { edges { node { id name } } pageInfo { hasNextPage endCursor } }
}`;

interface Tag {
  id: string;
  group: string;
  name: string;
}

describe('tags through the gateway', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let admin: string;
  const send = gatewayClient(() => platform);
  const newCustomer = async () =>
    dataOf(
      await send<{ createCustomer: { id: string } }>(admin, CREATE_CUSTOMER, {
        input: { kind: 'PERSON', name: 'Tagged Tom' },
      }),
    ).createCustomer.id;
  const tag = async (customerId: string, tags: Record<string, string>[]) =>
    dataOf(await send<{ tagCustomer: { tags: Tag[] } }>(admin, TAG, { customerId, tags })).tagCustomer.tags;

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start(['crm.customer.customer.v1']);
    admin = await tokenFor();
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('tags by name (created once per group, case-insensitively) and by id, and publishes the new tag set', async () => {
    const [ada, bob] = [await newCustomer(), await newCustomer()];
    const adaTags = await tag(ada, [
      { group: 'INTEREST', name: 'Golf' },
      { group: 'portrait', name: 'Early adopter' },
    ]);
    expect(adaTags.map(({ group, name }) => `${group}:${name}`)).toEqual([
      'INTEREST:Golf',
      'PORTRAIT:Early adopter',
    ]);
    const golf = adaTags.find((t) => t.name === 'Golf')!;
    const bobTags = await tag(bob, [{ group: 'INTEREST', name: 'golf' }, { id: adaTags[1].id }]);
    expect(bobTags.map((t) => t.id).sort()).toEqual(adaTags.map((t) => t.id).sort());

    const event = await eventOn(probe, 'crm.customer.customer.updated', ada);
    expect(event.data).toMatchObject({
      changedFields: ['tags'],
      values: { tags: expect.arrayContaining([golf]) },
    });

    const untagged = dataOf(
      await send<{ untagCustomer: { tags: Tag[] } }>(admin, UNTAG, { customerId: ada, tagIds: [golf.id] }),
    ).untagCustomer.tags;
    expect(untagged.map((t) => t.name)).toEqual(['Early adopter']);
    await eventOn(
      probe,
      'crm.customer.customer.updated',
      ada,
      (e) => (e.data as { values: { tags?: Tag[] } }).values.tags?.length === 1,
    );
  });

  it('publishes nothing when the tag set does not change', async () => {
    const customerId = await newCustomer();
    await tag(customerId, [{ group: 'SEGMENT', name: 'Students' }]);
    await eventOn(probe, 'crm.customer.customer.updated', customerId);
    await tag(customerId, [{ group: 'SEGMENT', name: 'students' }]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const updates = probe.messages.filter(
      (m) => m.key === customerId && m.value.includes('customer.updated'),
    );
    expect(updates).toHaveLength(1);
  });

  it('lists the tags of a group by name, keyset-paginated', async () => {
    const customerId = await newCustomer();
    await tag(
      customerId,
      ['Zeta', 'Alpha', 'Mu'].map((name) => ({ group: 'BEHAVIOUR', name: `List ${name}` })),
    );
    type Page = { tags: { edges: { node: Tag }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = dataOf(await send<Page>(admin, TAGS, { group: 'BEHAVIOUR', first: 2 })).tags;
    const names = first.edges.map((edge) => edge.node.name).filter((name) => name.startsWith('List'));
    expect(names).toEqual(['List Alpha', 'List Mu']);
    const rest = dataOf(
      await send<Page>(admin, TAGS, { group: 'BEHAVIOUR', first: 50, after: first.pageInfo.endCursor }),
    ).tags;
    expect(rest.edges.map((edge) => edge.node.name)).toContain('List Zeta');
  });

  it('refuses a group that is not an active TAG_GROUP, a ref with neither id nor name, and foreign customers', async () => {
    const customerId = await newCustomer();
    const badGroup = await send(admin, TAG, { customerId, tags: [{ group: 'INDUSTRY', name: 'x' }] });
    expect(badGroup.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tags.0.group' });
    const empty = await send(admin, TAG, { customerId, tags: [{ name: 'x' }] });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tags.0' });
    const unknown = await send(admin, TAG, {
      customerId,
      tags: [{ id: '0194c1d0-0000-7000-8000-00000000dead' }],
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'tags.0.id' });
    const rep = await tokenOf(['SALES_REP']);
    const foreign = await send(rep, TAG, { customerId, tags: [{ group: 'INTEREST', name: 'x' }] });
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
