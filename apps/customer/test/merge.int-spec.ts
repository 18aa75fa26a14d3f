import { randomUUID } from 'node:crypto';
import { buildEvent, parseEvent } from '@crm/events';
import { appendToOutbox } from '@crm/messaging';
import {
  DEMO_ADMIN,
  EventProbe,
  graphqlRequest,
  startPlatform,
  tokenFor,
  waitFor,
  type TestPlatform,
} from '@crm/platform-testing';
import { CUSTOMER_CHILD_TABLES } from '../src/data/customer-merge.repository';

const CREATE = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id version } }`;
const MERGE = `mutation ($survivorId: ID!, $mergedIds: [ID!]!, $version: Int) {
  mergeCustomers(survivorId: $survivorId, mergedIds: $mergedIds, version: $version) {
    id name email industry region version
    contacts { edges { node { id primary } } }
    tags { id }
  }
}`;
const GET = `query ($id: ID!) { customer(id: $id) { id name } }`;
const OPEN_TICKET = `mutation ($customerId: ID!) { openTicket(input: { customerId: $customerId, subject: "Jane Doe's printer", description: "Call Jane on +33612345678" }) { id } }`;

type Merged = {
  mergeCustomers: {
    id: string;
    email: string | null;
    industry: string | null;
    region: string | null;
    version: number;
    contacts: { edges: { node: { id: string; primary: boolean } }[] };
    tags: { id: string }[];
  };
};

describe('mergeCustomers through the gateway', () => {
  let platform: TestPlatform;
  let admin: string;
  let probe: EventProbe;
  const ownerId = randomUUID();
  const send = <T>(query: string, variables: Record<string, unknown>, token = admin) =>
    graphqlRequest<T>(platform.gatewayUrl, query, variables, token);
  // The service learns customers from their events: a ticket may wait for that projection.
  const openTicket = (customerId: string) =>
    waitFor(async () => {
      const response = await send<{ openTicket: { id: string } }>(OPEN_TICKET, { customerId });
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response;
    });
  const customerSql = (query: string, parameters: unknown[] = []) =>
    platform.subgraphs.customer.dataSource.query(query, parameters);
  const create = async (input: Record<string, unknown>) => {
    const response = await send<{ createCustomer: { id: string } }>(CREATE, {
      input: { kind: 'COMPANY', ownerId, ...input },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.createCustomer.id;
  };
  const counts = async () => {
    const [row] = await customerSql(
      `SELECT (SELECT count(*) FROM customers WHERE merged_into_id IS NOT NULL) AS merged,
              (SELECT count(*) FROM outbox) AS outbox`,
    );
    return row;
  };

  beforeAll(async () => {
    platform = await startPlatform();
    admin = await tokenFor();
    probe = await EventProbe.start(['crm.customer.customer.v1']);
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('lists every customer table with a customer_id column, so a merge leaves no row behind', async () => {
    const rows: { table_name: string }[] = await customerSql(
      `SELECT table_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND column_name = 'customer_id' ORDER BY table_name`,
    );
    expect(rows.map((row) => row.table_name).sort()).toEqual(
      CUSTOMER_CHILD_TABLES.map((t) => t.table).sort(),
    );
  });

  it("moves the duplicates' rows to the survivor, fills its blanks, hides them and tells the other domains", async () => {
    const survivor = await create({ name: 'Merge Survivor GmbH' });
    const first = await create({
      name: 'Merge Survivor',
      email: 'hello@survivor.example',
      industry: 'SOFTWARE',
    });
    const second = await create({ name: 'Merge Survivor Gmbh', region: 'EMEA', industry: 'RETAIL' });
    const now = new Date();
    const contact = (customerId: string, isPrimary: boolean) =>
      customerSql(
        `INSERT INTO contacts (id, customer_id, first_name, last_name, is_primary, created_at, updated_at)
         VALUES ($1, $2, 'Ada', 'Lovelace', $3, $4, $4) RETURNING id`,
        [randomUUID(), customerId, isPrimary, now],
      );
    await contact(survivor, true);
    await contact(first, true);
    await contact(second, true);
    const [shared, own] = [randomUUID(), randomUUID()];
    for (const [id, name] of [
      [shared, `Shared ${shared.slice(0, 8)}`],
      [own, `Own ${own.slice(0, 8)}`],
    ]) {
      await customerSql(
        `INSERT INTO tags (id, group_code, name, created_at) VALUES ($1, 'INTEREST', $2, $3)`,
        [id, name, now],
      );
    }
    await customerSql(
      `INSERT INTO customer_tags (customer_id, tag_id, tagged_at) VALUES ($1, $4, $5), ($2, $4, $5), ($3, $4, $5), ($2, $6, $5)`,
      [survivor, first, second, shared, now, own],
    );
    await customerSql(
      `INSERT INTO customer_notes (id, customer_id, author_id, body, created_at) VALUES ($1, $2, $3, 'Met at the fair', $4)`,
      [randomUUID(), second, ownerId, now],
    );
    await customerSql(
      `INSERT INTO customer_consents (customer_id, channel, granted, source, changed_by, changed_at)
       VALUES ($1, 'EMAIL', true, 'form', $3, $4), ($2, 'EMAIL', false, 'call', $3, $5), ($2, 'SMS', true, 'form', $3, $4),
              ($1, 'PHONE', true, 'form', $3, $5), ($2, 'PHONE', false, 'call', $3, $4)`,
      [survivor, first, ownerId, now, new Date(now.getTime() + 60_000)],
    );
    const { data: ticket } = await openTicket(first);

    const response = await send<Merged>(MERGE, {
      survivorId: survivor,
      mergedIds: [first, second],
      version: 1,
    });

    expect(response.errors).toBeUndefined();
    const merged = response.data!.mergeCustomers;
    expect(merged).toMatchObject({
      id: survivor,
      email: 'hello@survivor.example',
      industry: 'SOFTWARE',
      region: 'EMEA',
      version: 2,
    });
    expect(merged.contacts.edges).toHaveLength(3);
    expect(merged.contacts.edges.filter((edge) => edge.node.primary)).toHaveLength(1);
    expect(merged.tags.map((tag) => tag.id).sort()).toEqual([shared, own].sort());
    for (const { table } of CUSTOMER_CHILD_TABLES) {
      const [{ n }] = await customerSql(`SELECT count(*) AS n FROM ${table} WHERE customer_id = ANY($1)`, [
        [first, second],
      ]);
      expect([table, Number(n)]).toEqual([table, 0]);
    }
    const consents = await customerSql(
      'SELECT channel, granted FROM customer_consents WHERE customer_id = $1 ORDER BY channel',
      [survivor],
    );
    // The latest decision per channel wins: the duplicate's later withdrawal, the survivor's later grant.
    expect(consents).toEqual([
      { channel: 'EMAIL', granted: false },
      { channel: 'PHONE', granted: true },
      { channel: 'SMS', granted: true },
    ]);
    expect(
      (await customerSql('SELECT count(*) AS n FROM customer_notes WHERE customer_id = $1', [survivor]))[0].n,
    ).toBe('1');

    // A merged id now resolves to the survivor; the merged customers are gone from lists.
    expect((await send(GET, { id: first })).data).toEqual({
      customer: { id: survivor, name: 'Merge Survivor GmbH' },
    });
    const list = await send<{ customers: { edges: { node: { id: string } }[] } }>(
      `query ($ownerId: ID) { customers(first: 50, filter: { ownerId: $ownerId }) { edges { node { id } } } }`,
      { ownerId },
    );
    expect(list.data!.customers.edges.map((edge) => edge.node.id)).toEqual([survivor]);

    const message = await waitFor(() => {
      const found = probe.messages.find(
        (m) => m.key === survivor && parseEvent(m.value).type === 'crm.customer.customer.merged',
      );
      if (!found) throw new Error('customer.merged not on Kafka yet');
      return found;
    });
    expect(parseEvent(message.value)).toMatchObject({
      subject: survivor,
      data: { customerId: survivor, mergedCustomerIds: [first, second] },
    });
    const audited = await customerSql(
      `SELECT payload->'data'->>'entityId' AS id FROM outbox
       WHERE event_type = 'crm.customer.audit.recorded' AND payload->'data'->>'action' = 'mergeCustomers'
         AND payload->'data'->>'entityId' = ANY($1)`,
      [[survivor, first, second]],
    );
    expect(audited.map((row: { id: string }) => row.id).sort()).toEqual([survivor, first, second].sort());
    const [{ changes }] = await customerSql(
      `SELECT payload->'data'->'changes' AS changes FROM outbox
       WHERE event_type = 'crm.customer.audit.recorded' AND payload->'data'->>'entityId' = $1
         AND payload->'data'->>'action' = 'mergeCustomers'`,
      [survivor],
    );
    const moved = (changes as { field: string; after: string }[]).find(
      (change) => change.field === 'movedRows',
    );
    expect(JSON.parse(moved!.after)).toMatchObject({
      contacts: 2,
      customer_tags: 1,
      customer_notes: 1,
      customer_consents: 2,
    });

    // The service domain re-points the ticket from its consumer of customer.merged.
    await waitFor(async () => {
      const [row] = await platform.subgraphs.service.dataSource.query(
        'SELECT customer_id FROM tickets WHERE id = $1',
        [ticket!.openTicket.id],
      );
      if (row.customer_id !== survivor) throw new Error('ticket not re-pointed yet');
    });
  });

  it('refuses bad merges with BAD_USER_INPUT on the field, writing nothing', async () => {
    const survivor = await create({ name: 'Refusal Survivor' });
    const other = await create({ name: 'Refusal Other' });
    const gone = await create({ name: 'Refusal Merged' });
    const erased = await create({ name: 'Refusal Erased' });
    await customerSql('UPDATE customers SET merged_into_id = $1 WHERE id = $2', [other, gone]);
    await customerSql('UPDATE customers SET erased_at = now() WHERE id = $1', [erased]);
    const before = await counts();
    const cases: [Record<string, unknown>, string][] = [
      [{ survivorId: survivor, mergedIds: [survivor] }, 'mergedIds.0'],
      [{ survivorId: survivor, mergedIds: [] }, 'mergedIds'],
      [{ survivorId: survivor, mergedIds: [other, randomUUID()] }, 'mergedIds.1'],
      [{ survivorId: randomUUID(), mergedIds: [other] }, 'survivorId'],
      [{ survivorId: survivor, mergedIds: [gone] }, 'mergedIds.0'],
      [{ survivorId: erased, mergedIds: [other] }, 'survivorId'],
      [{ survivorId: 'acme', mergedIds: [other] }, 'survivorId'],
    ];
    for (const [variables, field] of cases) {
      const response = await send(MERGE, variables);
      expect([variables, response.errors?.[0].extensions]).toEqual([
        variables,
        expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
      ]);
    }
    expect(await counts()).toEqual(before);
  });

  it('answers CONFLICT for a stale survivor version and FORBIDDEN without write access to all of them', async () => {
    const survivor = await create({ name: 'Guarded Survivor' });
    const other = await create({ name: 'Guarded Other' });
    const foreign = await create({ name: 'Guarded Foreign', ownerId: randomUUID() });
    const before = await counts();
    const stale = await send(MERGE, { survivorId: survivor, mergedIds: [other], version: 7 });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    const rep = await tokenFor({ ...DEMO_ADMIN, userId: ownerId, roles: ['SALES_REP'] });
    const forbidden = await send(MERGE, { survivorId: survivor, mergedIds: [foreign] }, rep);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const reader = await tokenFor({ ...DEMO_ADMIN, roles: ['READ_ONLY'] });
    expect(
      (await send(MERGE, { survivorId: survivor, mergedIds: [other] }, reader)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);

    const allowed = await send<Merged>(MERGE, { survivorId: survivor, mergedIds: [other] }, rep);
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.mergeCustomers.id).toBe(survivor);
  });

  it("anonymises an erased customer's tickets in the service domain (customer.erased)", async () => {
    const customerId = await create({ name: 'Erased Ticket Holder' });
    const { data } = await openTicket(customerId);
    const event = buildEvent('crm.customer.customer.erased', {
      subject: customerId,
      actor: DEMO_ADMIN.userId,
      correlationId: randomUUID(),
      data: { customerId, erasedAt: new Date().toISOString() },
    });
    await platform.subgraphs.customer.dataSource.transaction((manager) => appendToOutbox(manager, [event]));
    const ticket = await waitFor(async () => {
      const [row] = await platform.subgraphs.service.dataSource.query(
        'SELECT subject, description, customer_id FROM tickets WHERE id = $1',
        [data!.openTicket.id],
      );
      if (row.subject !== '[erased]') throw new Error('ticket not anonymised yet');
      return row;
    });
    expect(ticket).toEqual({ subject: '[erased]', description: null, customer_id: customerId });
  });
});
