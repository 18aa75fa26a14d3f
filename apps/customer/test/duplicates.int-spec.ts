import { randomUUID } from 'node:crypto';
import { newId } from '@crm/db';
import {
  DEMO_ADMIN,
  graphqlRequest,
  startPlatform,
  tokenFor,
  type TestPlatform,
} from '@crm/platform-testing';
import { MAX_BLOCK_SIZE } from '../src/data/duplicate.repository';

const CREATE = `mutation ($input: CreateCustomerInput!) {
  createCustomer(input: $input) { id likelyDuplicates { score reasons customer { id name } } }
}`;
const CANDIDATES = `query ($first: Int, $after: String) {
  duplicateCandidates(first: $first, after: $after) {
    edges { cursor node { left { id } right { id } score reasons } } pageInfo { hasNextPage endCursor }
  }
}`;

type Created = {
  createCustomer: {
    id: string;
    likelyDuplicates: { score: number; reasons: string[]; customer: { id: string; name: string } }[];
  };
};
type Pair = { left: { id: string }; right: { id: string }; score: number; reasons: string[] };
type Candidates = {
  duplicateCandidates: {
    edges: { node: Pair }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

describe('duplicates through the gateway', () => {
  let platform: TestPlatform;
  let admin: string;
  let rep: string;
  const repId = randomUUID();
  const word = `Lumbrix${randomUUID().slice(0, 4).replace(/\d/g, 'q')}`;
  const create = async (input: Record<string, unknown>, token = rep) => {
    const response = await graphqlRequest<Created>(
      platform.gatewayUrl,
      CREATE,
      { input: { kind: 'COMPANY', ...input } },
      token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.createCustomer;
  };

  beforeAll(async () => {
    platform = await startPlatform();
    admin = await tokenFor();
    rep = await tokenFor({ ...DEMO_ADMIN, userId: repId, roles: ['SALES_REP'] });
  });
  afterAll(() => platform?.stop());

  it('warns about likely duplicates right in the createCustomer answer', async () => {
    const original = await create({
      name: `${word} Instruments`,
      email: `info@${word.toLowerCase()}.example`,
    });
    expect(original.likelyDuplicates).toEqual([]);
    const phoned = await create({ name: 'Totally Different Name', phone: '+4915112345678' });

    const sameEmail = await create({
      name: `${word} Instruments GmbH`,
      email: `info@${word.toLowerCase()}.example`,
    });
    expect(sameEmail.likelyDuplicates).toEqual([
      {
        score: expect.any(Number),
        reasons: ['EMAIL', 'NAME'],
        customer: { id: original.id, name: `${word} Instruments` },
      },
    ]);
    expect(sameEmail.likelyDuplicates[0].score).toBeGreaterThan(0.9);

    const samePhone = await create({ name: 'Another Name Entirely', phone: '+4915112345678' });
    expect(samePhone.likelyDuplicates).toEqual([
      { score: 0.8, reasons: ['PHONE'], customer: { id: phoned.id, name: 'Totally Different Name' } },
    ]);

    const similar = await create({ name: `${word} Instrument` });
    expect(similar.likelyDuplicates.map((match) => [match.customer.id, match.reasons])).toEqual(
      expect.arrayContaining([
        [original.id, ['NAME']],
        [sameEmail.id, ['NAME']],
      ]),
    );
    expect(similar.likelyDuplicates.map((match) => match.score)).toEqual(
      [...similar.likelyDuplicates.map((match) => match.score)].sort((a, b) => b - a),
    );
  });

  it("shows a rep no duplicates among other reps' customers", async () => {
    const other = await tokenFor({ ...DEMO_ADMIN, userId: randomUUID(), roles: ['SALES_REP'] });
    const theirs = await create(
      { name: `${word} Instruments`, email: `info@${word.toLowerCase()}.example` },
      other,
    );
    expect(theirs.likelyDuplicates).toEqual([]);
    const mine = await create({ name: `${word} Instruments`, ownerId: repId }, admin);
    expect(mine.likelyDuplicates.length).toBeGreaterThan(0);
  });

  it('lists duplicate pairs over existing customers, in keyset pages, skipping oversized blocks', async () => {
    // A block too common to mean anything: MAX_BLOCK_SIZE + 1 customers sharing one email.
    const now = new Date();
    const crowd = Array.from({ length: MAX_BLOCK_SIZE + 1 }, (_, i) => [
      newId(),
      `Crowd ${i} ${randomUUID()}`,
    ]);
    for (const [id, name] of crowd) {
      await platform.subgraphs.customer.dataSource.query(
        `INSERT INTO customers (id, kind, name, email, owner_id, lifecycle_stage, created_at, updated_at, version)
         VALUES ($1, 'PERSON', $2, 'shared@crowd.example', $3, 'PROSPECT', $4, $4, 1)`,
        [id, name, repId, now],
      );
    }
    const pairs: Pair[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const response: { data?: Candidates | null; errors?: unknown } = await graphqlRequest<Candidates>(
        platform.gatewayUrl,
        CANDIDATES,
        { first: 2, after },
        rep,
      );
      expect(response.errors).toBeUndefined();
      const page = response.data!.duplicateCandidates;
      pairs.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const keys = pairs.map((pair) => `${pair.left.id}|${pair.right.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual([...keys].sort());
    const crowdIds = new Set(crowd.map(([id]) => id));
    expect(pairs.filter((pair) => crowdIds.has(pair.left.id))).toEqual([]);
    expect(pairs.some((pair) => pair.reasons.includes('EMAIL'))).toBe(true);
    expect(pairs.some((pair) => pair.reasons.join() === 'PHONE')).toBe(true);
    expect(pairs.some((pair) => pair.reasons.join() === 'NAME')).toBe(true);
    for (const pair of pairs) expect(pair.left.id < pair.right.id).toBe(true);
  });

  it('refuses a foreign cursor with BAD_USER_INPUT', async () => {
    const response = await graphqlRequest(
      platform.gatewayUrl,
      CANDIDATES,
      { after: Buffer.from('["a","b"]').toString('base64url') },
      rep,
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
