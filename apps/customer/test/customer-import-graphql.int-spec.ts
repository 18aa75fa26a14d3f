import { randomUUID } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import type { Caller } from '@crm/auth';
import { parseEvent } from '@crm/events';
import {
  EventProbe,
  graphqlRequest,
  startPlatform,
  tokenFor,
  waitFor,
  type TestPlatform,
} from '@crm/platform-testing';
import { exportCustomers } from '../src/export/customer-csv-export';
import { importCustomerFile } from '../src/import/customer-file-import';

const IMPORT = `mutation ($input: ImportCustomersInput!) {
  importCustomers(input: $input) {
    importId created merged skipped rejected { row field reason } skippedRows { row field reason }
  }
}`;
const CREATE = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const GET = `query ($id: ID!) { customer(id: $id) { id industry region version } }`;
const TRAIL = `query ($id: ID!) {
  auditTrail(entityType: "CustomerImport", entityId: $id) { edges { node { action changes { field after } } } }
}`;

interface ImportResult {
  importId: string;
  created: number;
  merged: number;
  skipped: number;
  rejected: { row: number; field: string; reason: string }[];
  skippedRows: { row: number; field: string; reason: string }[];
}

const rep = (): Caller => ({ userId: randomUUID(), roles: ['SALES_REP'], teamId: null, managedUserIds: [] });

describe('importCustomers through the gateway, and the CSV export', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let admin: string;
  const run = unique();
  const send = <T>(token: string, query: string, variables: Record<string, unknown>) =>
    graphqlRequest<T>(platform.gatewayUrl, query, variables, token);
  const importRows = (token: string, input: Record<string, unknown>) =>
    send<{ importCustomers: ImportResult }>(token, IMPORT, { input });
  const count = async (sql: string, params: unknown[]) =>
    Number((await platform.subgraphs.customer.dataSource.query(sql, params))[0].n);

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start(['crm.customer.customer.v1']);
    admin = await tokenFor();
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('creates valid rows, rejects bad ones by row and field, skips duplicates, publishes one event each', async () => {
    const existing = await send<{ createCustomer: { id: string } }>(admin, CREATE, {
      input: { kind: 'COMPANY', name: 'Existing', email: run.email('existing') },
    });
    const existingId = existing.data!.createCustomer.id;
    const { data, errors } = await importRows(admin, {
      rows: [
        { kind: 'company', name: 'Imported A', email: run.email('a'), industry: 'SOFTWARE' },
        { kind: 'PERSON', name: 'Imported B', phone: '+33 6 11 22 33 44' },
        { kind: 'PERSON', name: 'Bad', email: 'not-an-email' },
        { kind: 'PERSON', name: 'Again A', email: run.email('a').toUpperCase() },
        { kind: 'COMPANY', name: 'Existing twin', email: run.email('existing') },
        { kind: 'ROBOT', name: 'Unknown kind' },
      ],
    });
    expect(errors).toBeUndefined();
    const result = data!.importCustomers;
    expect(result).toMatchObject({ created: 2, merged: 0, skipped: 2 });
    expect(result.rejected).toEqual([
      { row: 3, field: 'email', reason: expect.stringMatching(/email address/) },
      { row: 6, field: 'kind', reason: expect.stringMatching(/COMPANY/) },
    ]);
    expect(result.skippedRows).toEqual([
      { row: 4, field: 'email', reason: 'duplicate: same email as row 1' },
      { row: 5, field: 'email', reason: `duplicate: same email as existing customer ${existingId}` },
    ]);
    const created = await waitFor(() => {
      const events = probe.messages
        .map((message) => parseEvent(message.value))
        .filter((event) => event.type === 'crm.customer.customer.created')
        .filter((event) => ['Imported A', 'Imported B'].includes((event.data as { name: string }).name));
      expect(events).toHaveLength(2);
      return events;
    });
    expect(created.map((event) => event.data)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Imported A', email: run.email('a'), kind: 'COMPANY' }),
        expect.objectContaining({ name: 'Imported B', phone: '+33611223344', kind: 'PERSON' }),
      ]),
    );
    // One audit entry for the whole call, with its counts.
    const trail = await waitFor(async () => {
      const read = await send<{ auditTrail: { edges: { node: { action: string } }[] } }>(admin, TRAIL, {
        id: result.importId,
      });
      expect(read.data?.auditTrail.edges).toHaveLength(1);
      return read.data!.auditTrail.edges[0].node;
    });
    expect(trail).toMatchObject({
      action: 'importCustomers',
      changes: expect.arrayContaining([
        { field: 'created', after: '2' },
        { field: 'origin', after: '"GRAPHQL"' },
      ]),
    });
  });

  it('merges a duplicate into the blank fields of the existing customer and publishes customer.updated', async () => {
    const existing = await send<{ createCustomer: { id: string } }>(admin, CREATE, {
      input: { kind: 'COMPANY', name: 'Merge target', email: run.email('target'), industry: 'RETAIL' },
    });
    const id = existing.data!.createCustomer.id;
    const { data } = await importRows(admin, {
      onDuplicate: 'MERGE',
      rows: [
        {
          kind: 'COMPANY',
          name: 'Target again',
          email: run.email('target'),
          industry: 'SOFTWARE',
          region: 'EMEA',
        },
      ],
    });
    expect(data!.importCustomers).toMatchObject({ created: 0, merged: 1, skipped: 0, rejected: [] });
    const read = await send<{ customer: { industry: string; region: string; version: number } }>(admin, GET, {
      id,
    });
    expect(read.data!.customer).toMatchObject({ industry: 'RETAIL', region: 'EMEA', version: 2 });
    await waitFor(() => {
      const updated = probe.messages
        .filter((message) => message.key === id)
        .map((message) => parseEvent(message.value))
        .find((event) => event.type === 'crm.customer.customer.updated');
      expect(updated?.data).toMatchObject({
        customerId: id,
        changedFields: ['region'],
        values: { region: 'EMEA' },
      });
    });
  });

  it("makes a rep the owner of their imports and refuses other owners and other reps' customers", async () => {
    const [alice, bob] = [rep(), rep()];
    const bobs = await send<{ createCustomer: { id: string } }>(await tokenFor(bob), CREATE, {
      input: { kind: 'PERSON', name: 'Bob customer', email: run.email('bob') },
    });
    expect(bobs.errors).toBeUndefined();
    const { data } = await importRows(await tokenFor(alice), {
      onDuplicate: 'MERGE',
      rows: [
        { kind: 'PERSON', name: 'Alice own', email: run.email('alice') },
        { kind: 'PERSON', name: 'For Bob', ownerId: bob.userId },
        { kind: 'PERSON', name: 'Bob twin', email: run.email('bob'), region: 'EMEA' },
      ],
    });
    expect(data!.importCustomers).toMatchObject({ created: 1, merged: 0 });
    expect(data!.importCustomers.rejected).toEqual([
      { row: 2, field: 'owner_id', reason: expect.stringMatching(/owned by you/) },
      { row: 3, field: 'email', reason: 'duplicate of an existing customer you may not change (same email)' },
    ]);
    expect(await count('SELECT count(*) AS n FROM customers WHERE owner_id = $1', [alice.userId])).toBe(1);
  });

  it('refuses more than 1 000 rows, writing nothing, and replays a retry with the same idempotency key', async () => {
    const tooMany = await importRows(admin, {
      rows: Array.from({ length: 1_001 }, (_, i) => ({ kind: 'PERSON', name: `Row ${i} ${run.id}` })),
    });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.rows' });
    expect(await count('SELECT count(*) AS n FROM customers WHERE name = $1', [`Row 0 ${run.id}`])).toBe(0);

    const input = { idempotencyKey: `import-${run.id}`, rows: [{ kind: 'PERSON', name: `Once ${run.id}` }] };
    const first = await importRows(admin, input);
    const retry = await importRows(admin, input);
    expect(retry.data).toEqual(first.data);
    expect(await count('SELECT count(*) AS n FROM customers WHERE name = $1', [`Once ${run.id}`])).toBe(1);
  });

  it('exports customers as CSV that imports back as duplicates, nothing created twice', async () => {
    const owner = rep();
    const rows = Array.from({ length: 50 }, (_, i) => ({
      kind: i % 2 ? 'PERSON' : 'COMPANY',
      name: `Export, "quoted" ${i}`,
      email: run.email(`export-${i}`),
      region: 'APAC',
      ...(i % 2 ? { birthDate: '1990-04-23' } : { website: `https://e${i}.example`, companySize: 'SMALL' }),
    }));
    expect((await importRows(await tokenFor(owner), { rows })).data!.importCustomers.created).toBe(50);

    const dataSource = platform.subgraphs.customer.dataSource;
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    });
    const exported = await exportCustomers(dataSource, sink, { ownerId: owner.userId, kind: 'PERSON' });
    const csv = Buffer.concat(chunks).toString('utf8');
    const records: Record<string, string>[] = parse(csv, { columns: true });
    expect(exported).toBe(25);
    expect(records.map((r) => r.name)).toEqual(rows.filter((_, i) => i % 2).map((r) => r.name));
    expect(records[0]).toMatchObject({
      kind: 'PERSON',
      email: run.email('export-1'),
      owner_id: owner.userId,
      region: 'APAC',
      birth_date: '1990-04-23',
      lifecycle_stage: 'PROSPECT',
      company_size: '',
    });

    const again = await importCustomerFile(dataSource, Readable.from([csv]), {
      onDuplicate: 'SKIP',
      defaultOwnerId: null,
      actorId: null,
      sourceName: 'export.csv',
    });
    expect(again).toMatchObject({ rowsRead: 25, created: 0, skipped: 25, rejected: 0 });
    expect(await count('SELECT count(*) AS n FROM customers WHERE owner_id = $1', [owner.userId])).toBe(50);
  });
});

function unique() {
  const id = randomUUID().slice(0, 8);
  return { id, email: (local: string) => `${local}.${id}@import-graphql.example` };
}
