import { randomUUID } from 'node:crypto';
import { startPlatform, tokenFor, type GraphQLResponse, type TestPlatform } from '@crm/platform-testing';
import { gatewayClient, tokenOf } from './profile-test-kit';

const CREATE = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id version } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateCustomerInput!) {
  updateCustomer(id: $id, version: $version, input: $input) { id }
}`;
const CREATE_CONTACT = `mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }`;
const LOG = `mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }`;
const SEARCH = `query ($query: String!) { searchCustomers(query: $query) { edges { node { id name email } } } }`;
const LIST = `query ($filter: CustomerFilter) { customers(filter: $filter) { edges { node { id } } } }`;
const IMPORT = `mutation ($input: ImportCustomersInput!) {
  importCustomers(input: $input) { created merged unchanged skipped rejected { row field reason } }
}`;

type Problem = { field: string; message: string };

const extensionsOf = (response: GraphQLResponse<unknown>) =>
  response.errors?.[0]?.extensions as { code: string; field: string; fields?: Problem[] } | undefined;

const fieldsOf = (response: GraphQLResponse<unknown>) =>
  (extensionsOf(response)?.fields ?? []).map((problem) => problem.field);

describe('bad input: every invalid field at once, no NUL to Postgres, no empty ids, no search by masked fields', () => {
  let platform: TestPlatform;
  let admin: string;
  const send = gatewayClient(() => platform);
  const word = `Zarquon${randomUUID().slice(0, 4).replace(/\d/g, 'q')}`;
  // Shares no word with the name, so a name search cannot find it.
  const mailbox = `mailbox${randomUUID().slice(0, 8)}`;
  let customerId: string;

  beforeAll(async () => {
    platform = await startPlatform();
    admin = await tokenFor();
    const created = await send<{ createCustomer: { id: string } }>(admin, CREATE, {
      input: {
        kind: 'COMPANY',
        name: `${word} Masked`,
        email: `${mailbox}@hidden.example`,
        phone: '+33698765432',
      },
    });
    expect(created.errors).toBeUndefined();
    customerId = created.data!.createCustomer.id;
  });
  afterAll(() => platform?.stop());

  it('reports a bad email and a bad website of createCustomer together, field naming the first', async () => {
    const response = await send(admin, CREATE, {
      input: { kind: 'COMPANY', name: 'Two mistakes', email: 'not-an-email', website: 'ftp:/nowhere' },
    });
    expect(extensionsOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    expect(fieldsOf(response)).toEqual(['input.email', 'input.website']);
  });

  it('reports a schema problem beside a dictionary and a kind problem of createCustomer', async () => {
    const response = await send(admin, CREATE, {
      input: {
        kind: 'COMPANY',
        name: 'Three',
        email: 'nope',
        industry: 'NO_SUCH_INDUSTRY',
        gender: 'FEMALE',
      },
    });
    expect(fieldsOf(response).sort()).toEqual(['input.email', 'input.gender', 'input.industry']);
  });

  it('reports every invalid field of updateCustomer, createContact and logInteraction', async () => {
    const update = await send(admin, UPDATE, {
      id: customerId,
      version: 1,
      input: { email: 'bad', website: 'bad', birthDate: '1990-01-01' },
    });
    expect(fieldsOf(update)).toEqual(['input.email', 'input.website', 'input.birthDate']);
    const contact = await send(admin, CREATE_CONTACT, {
      input: { customerId, firstName: ' ', lastName: 'Lovelace', email: 'ada-at-example' },
    });
    expect(fieldsOf(contact)).toEqual(['input.firstName', 'input.email']);
    const logged = await send(admin, LOG, {
      input: {
        customerId,
        type: 'CALL',
        direction: 'OUTBOUND',
        occurredAt: '2999-01-01T00:00:00Z',
        summary: ' ',
      },
    });
    expect(fieldsOf(logged)).toEqual(['input.summary', 'input.durationMinutes', 'input.occurredAt']);
  });

  it('refuses a NUL character as BAD_USER_INPUT on its field, in inputs, searches and filters', async () => {
    const created = await send(admin, CREATE, { input: { kind: 'COMPANY', name: 'Nul\u0000Corp' } });
    expect(extensionsOf(created)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const searched = await send(admin, SEARCH, { query: 'Acme\u0000' });
    expect(extensionsOf(searched)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    const listed = await send(admin, LIST, { filter: { region: 'EM\u0000EA' } });
    expect(extensionsOf(listed)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.region' });
  });

  it('refuses an empty id instead of reading it as no id', async () => {
    const listed = await send(admin, LIST, { filter: { ownerId: '' } });
    expect(extensionsOf(listed)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.ownerId' });
    const imported = await send<{ importCustomers: { created: number; rejected: unknown[] } }>(
      admin,
      IMPORT,
      {
        input: { onDuplicate: 'SKIP', rows: [{ kind: 'PERSON', name: `${word} Empty owner`, ownerId: '' }] },
      },
    );
    expect(imported.data!.importCustomers).toMatchObject({
      created: 0,
      rejected: [{ row: 1, field: 'owner_id', reason: expect.stringMatching(/not empty/) }],
    });
  });

  it('lets roles without PII rights search by name only: an email or phone query is BAD_USER_INPUT', async () => {
    for (const role of ['ANALYST', 'READ_ONLY'] as const) {
      const token = await tokenOf([role]);
      for (const query of [`${mailbox}@hidden.example`, '+33698765432', '+33 6 98']) {
        const response = await send(token, SEARCH, { query });
        expect(extensionsOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
      }
      // A prefix of the masked email matches nothing: only names are searched.
      const prefix = await send<{ searchCustomers: { edges: unknown[] } }>(token, SEARCH, {
        query: mailbox,
      });
      expect(prefix.data!.searchCustomers.edges).toEqual([]);
      const byName = await send<{ searchCustomers: { edges: { node: { id: string; email: string } }[] } }>(
        token,
        SEARCH,
        { query: `${word} Masked` },
      );
      expect(byName.data!.searchCustomers.edges.map((edge) => edge.node)).toEqual([
        { id: customerId, name: `${word} Masked`, email: '••••' },
      ]);
    }
    // Who may see emails still finds them by prefix.
    const admins = await send<{ searchCustomers: { edges: { node: { id: string } }[] } }>(admin, SEARCH, {
      query: mailbox,
    });
    expect(admins.data!.searchCustomers.edges.map((edge) => edge.node.id)).toEqual([customerId]);
  });

  it('counts a MERGE duplicate that fills no blank as unchanged, not merged', async () => {
    const email = `twin.${word.toLowerCase()}@import.example`;
    const first = await send(admin, CREATE, {
      input: { kind: 'COMPANY', name: `${word} Twin`, email, industry: 'RETAIL' },
    });
    expect(first.errors).toBeUndefined();
    const importRow = (row: Record<string, string>) =>
      send<{ importCustomers: Record<string, unknown> }>(admin, IMPORT, {
        input: { onDuplicate: 'MERGE', rows: [{ kind: 'COMPANY', name: 'Twin', email, ...row }] },
      });
    const sameAgain = await importRow({ industry: 'SOFTWARE' });
    expect(sameAgain.data!.importCustomers).toMatchObject({
      created: 0,
      merged: 0,
      unchanged: 1,
      skipped: 0,
    });
    const addsRegion = await importRow({ region: 'EMEA' });
    expect(addsRegion.data!.importCustomers).toMatchObject({
      created: 0,
      merged: 1,
      unchanged: 0,
      skipped: 0,
    });
  });
});
