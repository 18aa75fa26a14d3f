import { EventProbe, startPlatform, tokenFor, type TestPlatform } from '@crm/platform-testing';
import { dataOf, eventOn, gatewayClient, tokenOf } from './profile-test-kit';

const CONTACT = 'id firstName lastName email phone jobTitle role primary version customer { id }';
const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const CREATE = `mutation ($input: CreateContactInput!) { createContact(input: $input) { ${CONTACT} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateContactInput!) {
  updateContact(id: $id, version: $version, input: $input) { ${CONTACT} }
}`;
const GET = `query ($id: ID!) { contact(id: $id) { ${CONTACT} } }`;
const CONTACTS = `query ($id: ID!, $first: Int, $after: String) {
  customer(id: $id) { contacts(first: $first, after: $after) {
    edges { node { id firstName primary } } pageInfo { hasNextPage endCursor }
  } }
}`;

interface Contact {
  id: string;
  firstName: string;
  email: string | null;
  phone: string | null;
  primary: boolean;
  version: number;
  customer: { id: string };
}
type Page = {
  customer: {
    contacts: { edges: { node: Contact }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
  };
};

describe('contacts through the gateway', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let admin: string;
  const send = gatewayClient(() => platform);
  const newCustomer = async (token = admin, name = 'Contact Corp') =>
    dataOf(
      await send<{ createCustomer: { id: string } }>(token, CREATE_CUSTOMER, {
        input: { kind: 'COMPANY', name },
      }),
    ).createCustomer.id;
  const createContact = async (input: Record<string, unknown>, token = admin) =>
    dataOf(await send<{ createContact: Contact }>(token, CREATE, { input })).createContact;

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start(['crm.customer.contact.v1']);
    admin = await tokenFor();
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('creates a contact, reads it back and publishes contact.created', async () => {
    const customerId = await newCustomer();
    const contact = await createContact({
      customerId,
      firstName: 'Grace',
      lastName: 'Hopper',
      email: 'Grace@Navy.example',
      phone: '+1 202 555 0143',
      jobTitle: 'Head of Purchasing',
      role: 'DECISION_MAKER',
    });
    expect(contact).toMatchObject({
      email: 'grace@navy.example',
      phone: '+12025550143',
      primary: false,
      version: 1,
    });
    const read = dataOf(await send<{ contact: Contact }>(admin, GET, { id: contact.id })).contact;
    expect(read).toEqual(contact);
    const event = await eventOn(probe, 'crm.customer.contact.created', contact.id);
    expect(event.data).toMatchObject({
      contactId: contact.id,
      customerId,
      firstName: 'Grace',
      role: 'DECISION_MAKER',
    });
  });

  it('keeps at most one primary contact: a new primary demotes the previous one in the same change', async () => {
    const customerId = await newCustomer();
    const first = await createContact({ customerId, firstName: 'First', lastName: 'One', primary: true });
    const second = await createContact({ customerId, firstName: 'Second', lastName: 'Two', primary: true });
    const page = dataOf(await send<Page>(admin, CONTACTS, { id: customerId })).customer.contacts;
    expect(page.edges.map((edge) => edge.node)).toEqual([
      { id: second.id, firstName: 'Second', primary: true },
      { id: first.id, firstName: 'First', primary: false },
    ]);
    const demoted = await eventOn(probe, 'crm.customer.contact.updated', first.id);
    expect(demoted.data).toMatchObject({
      changedFields: ['primary'],
      values: { primary: false },
      version: 2,
    });

    // Making the first primary again through updateContact demotes the second.
    const promoted = dataOf(
      await send<{ updateContact: Contact }>(admin, UPDATE, {
        id: first.id,
        version: 2,
        input: { primary: true },
      }),
    ).updateContact;
    expect(promoted).toMatchObject({ primary: true, version: 3 });
    const again = dataOf(await send<Page>(admin, CONTACTS, { id: customerId })).customer.contacts;
    expect(again.edges.map((edge) => [edge.node.firstName, edge.node.primary])).toEqual([
      ['Second', false],
      ['First', true],
    ]);
  });

  it('makes exactly one of two concurrent primary contacts primary', async () => {
    const customerId = await newCustomer();
    await Promise.all(
      ['Ann', 'Bob'].map((firstName) =>
        createContact({ customerId, firstName, lastName: 'Race', primary: true }),
      ),
    );
    const page = dataOf(await send<Page>(admin, CONTACTS, { id: customerId })).customer.contacts;
    expect(page.edges.filter((edge) => edge.node.primary)).toHaveLength(1);
  });

  it('updates with the version it read: CONFLICT when stale; publishes contact.updated', async () => {
    const customerId = await newCustomer();
    const contact = await createContact({ customerId, firstName: 'Vera', lastName: 'Version' });
    const stale = await send(admin, UPDATE, { id: contact.id, version: 7, input: { jobTitle: 'CTO' } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const updated = dataOf(
      await send<{ updateContact: Contact }>(admin, UPDATE, {
        id: contact.id,
        version: 1,
        input: { jobTitle: 'CTO', email: 'vera@example.com' },
      }),
    ).updateContact;
    expect(updated).toMatchObject({ email: 'vera@example.com', version: 2 });
    const event = await eventOn(probe, 'crm.customer.contact.updated', contact.id);
    expect(event.data).toMatchObject({
      changedFields: ['email', 'jobTitle'],
      values: { jobTitle: 'CTO', email: 'vera@example.com' },
      version: 2,
    });
    const bad = await send(admin, UPDATE, { id: contact.id, version: 2, input: { phone: '12' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.phone' });
  });

  it("pages a customer's contacts newest first", async () => {
    const customerId = await newCustomer();
    for (const firstName of ['P1', 'P2', 'P3'])
      await createContact({ customerId, firstName, lastName: 'Page' });
    const first = dataOf(await send<Page>(admin, CONTACTS, { id: customerId, first: 2 })).customer.contacts;
    expect(first.edges.map((edge) => edge.node.firstName)).toEqual(['P3', 'P2']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(
      await send<Page>(admin, CONTACTS, { id: customerId, first: 2, after: first.pageInfo.endCursor }),
    ).customer.contacts;
    expect(second.edges.map((edge) => edge.node.firstName)).toEqual(['P1']);
  });

  it("follows the customer's owner scope and masks contact details without PII rights", async () => {
    const repId = '0194c1d0-0000-7000-8000-0000000000b1';
    const rep = await tokenOf(['SALES_REP'], repId);
    const ownCustomer = await newCustomer(rep, 'Rep Account');
    const ownContact = await createContact({ customerId: ownCustomer, firstName: 'Own', lastName: 'C' }, rep);
    const otherCustomer = await newCustomer();
    const otherContact = await createContact({
      customerId: otherCustomer,
      firstName: 'Other',
      lastName: 'C',
      email: 'o@x.example',
    });

    expect((await send(rep, GET, { id: otherContact.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const createElsewhere = await send(rep, CREATE, {
      input: { customerId: otherCustomer, firstName: 'X', lastName: 'Y' },
    });
    expect(createElsewhere.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const updateElsewhere = await send(rep, UPDATE, {
      id: otherContact.id,
      version: 1,
      input: { firstName: 'Z' },
    });
    expect(updateElsewhere.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(dataOf(await send<{ contact: Contact }>(rep, GET, { id: ownContact.id })).contact.id).toBe(
      ownContact.id,
    );

    const analyst = await tokenOf(['ANALYST']);
    const masked = dataOf(await send<{ contact: Contact }>(analyst, GET, { id: otherContact.id })).contact;
    expect(masked.email).toBe('••••');
    expect(
      (await send(analyst, CREATE, { input: { customerId: otherCustomer, firstName: 'A', lastName: 'B' } }))
        .errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for an unknown contact and BAD_USER_INPUT for a missing customer id', async () => {
    const unknown = await send(admin, GET, { id: '0194c1d0-0000-7000-8000-00000000dead' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const noCustomer = await send(admin, CREATE, {
      input: { customerId: '0194c1d0-0000-7000-8000-00000000dead', firstName: 'A', lastName: 'B' },
    });
    expect(noCustomer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.customerId' });
  });
});
