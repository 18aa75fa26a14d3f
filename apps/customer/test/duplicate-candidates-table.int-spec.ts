import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  DEMO_ADMIN,
  graphqlRequest,
  startPlatform,
  tokenFor,
  type TestPlatform,
} from '@crm/platform-testing';
import { findDuplicatePairs, MAX_BLOCK_SIZE } from '../src/data/duplicate.repository';

/**
 * duplicateCandidates before issue 16: the blocks computed from customers on every request. Kept
 * here as the reference the maintained table must agree with, on this file's own customers.
 */
async function pairsComputedOnRequest(dataSource: DataSource, ownerIds: string[]) {
  const live = `c.merged_into_id IS NULL AND c.owner_id = ANY($1)`;
  const block = (key: string, reason: string) => `
    SELECT c.id, '${reason}' AS reason, ${key} AS block FROM customers c
    WHERE ${live} AND ${key} IN (
      SELECT ${key} FROM customers c WHERE ${live} AND ${key} IS NOT NULL
      GROUP BY 1 HAVING count(*) BETWEEN 2 AND ${MAX_BLOCK_SIZE})`;
  const rows: { left_id: string; right_id: string; same_email: boolean; same_phone: boolean; sim: number }[] =
    await dataSource.query(
      `WITH members AS (
         ${block('c.email', 'EMAIL')} UNION ALL ${block('c.phone', 'PHONE')}
         UNION ALL ${block(`substring(lower(c.name) from '^[[:alnum:]]+')`, 'NAME')}
       ), pairs AS (
         SELECT a.id AS left_id, b.id AS right_id, array_agg(a.reason) AS reasons
         FROM members a JOIN members b ON a.reason = b.reason AND a.block = b.block AND a.id < b.id
         GROUP BY a.id, b.id
       )
       SELECT pairs.left_id, pairs.right_id, 'EMAIL' = ANY(pairs.reasons) AS same_email,
              'PHONE' = ANY(pairs.reasons) AS same_phone, similarity(l.name, r.name) AS sim
       FROM pairs JOIN customers l ON l.id = pairs.left_id JOIN customers r ON r.id = pairs.right_id
       WHERE pairs.reasons && ARRAY['EMAIL', 'PHONE'] OR similarity(l.name, r.name) >= 0.6
       ORDER BY pairs.left_id, pairs.right_id`,
      [ownerIds],
    );
  return rows.map((row) => ({
    leftId: row.left_id,
    rightId: row.right_id,
    sameEmail: row.same_email,
    samePhone: row.same_phone,
    nameSimilarity: Number(row.sim),
  }));
}

const CREATE = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id version } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateCustomerInput!) {
  updateCustomer(id: $id, version: $version, input: $input) { id version }
}`;
const MERGE = `mutation ($survivorId: ID!, $mergedIds: [ID!]!) {
  mergeCustomers(survivorId: $survivorId, mergedIds: $mergedIds) { id }
}`;
const ERASE = `mutation ($id: ID!) { eraseCustomer(id: $id) { id } }`;
const IMPORT = `mutation ($input: ImportCustomersInput!) { importCustomers(input: $input) { created } }`;

type Customer = { id: string; version: number };

describe('duplicate candidates kept in a table', () => {
  let platform: TestPlatform;
  let admin: string;
  const ownerId = randomUUID();
  const word = `Quorvex${randomUUID().slice(0, 6).replace(/\d/g, 'k')}`;
  const domain = `${word.toLowerCase()}.example`;
  const phoneBase = 10_000_000 + Math.floor(Math.random() * 80_000_000);
  const phone = (n: number) => `+49151${phoneBase + n}`;

  const send = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await graphqlRequest<T>(platform.gatewayUrl, query, variables, admin);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const create = async (input: Record<string, unknown>) =>
    (await send<{ createCustomer: Customer }>(CREATE, { input: { kind: 'COMPANY', ownerId, ...input } }))
      .createCustomer;
  const expectTableToAgree = async () => {
    const dataSource = platform.subgraphs.customer.dataSource;
    const expected = await pairsComputedOnRequest(dataSource, [ownerId]);
    const actual = await findDuplicatePairs(dataSource, [ownerId], null, 10_000);
    expect(actual).toEqual(expected);
    return actual;
  };

  beforeAll(async () => {
    platform = await startPlatform();
    admin = await tokenFor(DEMO_ADMIN);
  });
  afterAll(() => platform?.stop());

  it('agrees with the blocks computed on request as customers are created, changed, merged and erased', async () => {
    const acme = await create({ name: `${word} Instruments`, email: `info@${domain}` });
    const acmeGmbh = await create({ name: `${word} Instruments GmbH`, email: `info@${domain}` });
    const phoned = await create({ name: 'Totally Different Name', phone: phone(1) });
    await create({ name: 'Another Name Entirely', phone: phone(1) });
    const similar = await create({ name: `${word} Instrument` });
    const dissimilar = await create({ name: `${word} Zebra Logistics Holding` });
    const first = await expectTableToAgree();
    expect(first.length).toBeGreaterThanOrEqual(4);
    expect(first.some((pair) => pair.sameEmail)).toBe(true);
    expect(first.some((pair) => pair.samePhone)).toBe(true);

    // A new email joins a block, a new name leaves one.
    await send(UPDATE, { id: phoned.id, version: phoned.version, input: { email: `sales@${domain}` } });
    await send(UPDATE, {
      id: dissimilar.id,
      version: dissimilar.version,
      input: { name: `${word} Instrumentz` },
    });
    await create({ name: 'Unrelated Sales Office', email: `sales@${domain}` });
    await expectTableToAgree();

    await send(MERGE, { survivorId: acme.id, mergedIds: [acmeGmbh.id] });
    await send(ERASE, { id: similar.id });
    const afterMerge = await expectTableToAgree();
    const gone = new Set([acmeGmbh.id, similar.id]);
    expect(afterMerge.filter((pair) => gone.has(pair.leftId) || gone.has(pair.rightId))).toEqual([]);
  });

  it("moves a pair out of a rep's scope when one of its customers changes hands", async () => {
    const otherOwnerId = randomUUID();
    const email = `handover@${domain}`;
    const kept = await create({ name: `${word} Handover One`, email });
    const handed = await create({ name: `${word} Handover Two`, email });
    const isPair = (pair: { leftId: string; rightId: string }) =>
      [pair.leftId, pair.rightId].sort().join() === [kept.id, handed.id].sort().join();
    expect((await expectTableToAgree()).filter(isPair)).toHaveLength(1);

    await send(UPDATE, { id: handed.id, version: handed.version, input: { ownerId: otherOwnerId } });
    expect((await expectTableToAgree()).filter(isPair)).toEqual([]);
    const dataSource = platform.subgraphs.customer.dataSource;
    const bothOwners = await findDuplicatePairs(dataSource, [ownerId, otherOwnerId], null, 10_000);
    expect(bothOwners.filter(isPair)).toHaveLength(1);
    expect(await pairsComputedOnRequest(dataSource, [ownerId, otherOwnerId])).toEqual(bothOwners);
  });

  it('agrees after a block is crowded past its cap, shrinks back, and grows by an import (COPY)', async () => {
    const crowdEmail = `crowd@${domain}`;
    const crowd: string[] = [];
    for (let i = 0; i <= MAX_BLOCK_SIZE; i++)
      crowd.push((await create({ kind: 'PERSON', name: `Crowd${i} ${randomUUID()}`, email: crowdEmail })).id);
    const inCrowd = (pair: { leftId: string; rightId: string }) =>
      crowd.includes(pair.leftId) && crowd.includes(pair.rightId);
    expect((await expectTableToAgree()).filter(inCrowd)).toEqual([]);

    await platform.subgraphs.customer.dataSource.query('DELETE FROM customers WHERE id = $1', [crowd.pop()]);
    const shrunk = await expectTableToAgree();
    expect(shrunk.filter(inCrowd).length).toBe((MAX_BLOCK_SIZE * (MAX_BLOCK_SIZE - 1)) / 2);

    const imported = await send<{ importCustomers: { created: number } }>(IMPORT, {
      input: {
        onDuplicate: 'SKIP',
        rows: [
          { kind: 'COMPANY', name: `${word} Imported One`, email: `import@${domain}`, ownerId },
          { kind: 'COMPANY', name: `${word} Imported Two`, phone: phone(7), ownerId },
          { kind: 'COMPANY', name: `${word} Imported Three`, email: `import@${domain}`, ownerId },
        ],
      },
    });
    expect(imported.importCustomers.created).toBe(2);
    const afterImport = await expectTableToAgree();
    expect(afterImport.filter(inCrowd).length).toBe((MAX_BLOCK_SIZE * (MAX_BLOCK_SIZE - 1)) / 2);
  });
});
