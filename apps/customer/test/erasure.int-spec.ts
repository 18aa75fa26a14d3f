import { EventProbe, startPlatform, tokenFor, type TestPlatform } from '@crm/platform-testing';
import { dataOf, eventOn, gatewayClient, tokenOf } from './profile-test-kit';

const CUSTOMER = `id name email phone website birthDate gender erasedAt version
  emails { address } phones { number } addresses { street }
  contacts { edges { node { id firstName lastName email phone jobTitle } } }
  notes { edges { node { body } } }
  consents { channel granted source }
  consentHistory { edges { node { source } } }
  tags { name }`;
const CREATE = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id version } }`;
const ERASE = `mutation ($id: ID!) { eraseCustomer(id: $id) { ${CUSTOMER} } }`;
const GET = `query ($id: ID!) { customer(id: $id) { ${CUSTOMER} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!) { updateCustomer(id: $id, version: $version, input: { name: "Back" }) { id } }`;

interface Erased {
  name: string;
  email: string | null;
  erasedAt: string | null;
  version: number;
  emails: unknown[];
  contacts: { edges: { node: Record<string, string | null> }[] };
  notes: { edges: { node: { body: string } }[] };
  consents: { channel: string; granted: boolean; source: string | null }[];
  consentHistory: { edges: { node: { source: string | null } }[] };
  tags: unknown[];
}

describe('GDPR erasure through the gateway', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let admin: string;
  const send = gatewayClient(() => platform);

  /** A person with every kind of personal data this service keeps. */
  async function richCustomer(): Promise<string> {
    const { createCustomer } = dataOf(
      await send<{ createCustomer: { id: string } }>(admin, CREATE, {
        input: {
          kind: 'PERSON',
          name: 'Erin Erasable',
          birthDate: '1980-03-04',
          gender: 'FEMALE',
          website: 'https://erin.example',
          emails: [{ address: 'erin@example.com' }, { address: 'erin@work.example' }],
          phones: [{ number: '+33612345678' }],
          addresses: [{ street: '2 Rue X', city: 'Lyon', country: 'FR' }],
        },
      }),
    );
    const id = createCustomer.id;
    dataOf(
      await send(
        admin,
        `mutation ($id: ID!) { createContact(input: { customerId: $id, firstName: "Ed", lastName: "Kin", email: "ed@example.com", phone: "+33612345679", jobTitle: "Spouse", primary: true }) { id } }`,
        { id },
      ),
    );
    dataOf(
      await send(
        admin,
        `mutation ($id: ID!) { addCustomerNote(customerId: $id, body: "Erin's IBAN is ...") { id } }`,
        { id },
      ),
    );
    dataOf(
      await send(
        admin,
        `mutation ($id: ID!) { setConsent(customerId: $id, channel: EMAIL, granted: true, source: "call with Erin") { id } }`,
        { id },
      ),
    );
    dataOf(
      await send(
        admin,
        `mutation ($id: ID!) { tagCustomer(customerId: $id, tags: [{ group: "PORTRAIT", name: "Pregnant" }]) { id } }`,
        { id },
      ),
    );
    return id;
  }

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start(['crm.customer.customer.v1']);
    admin = await tokenFor();
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('anonymises the customer, its contacts, notes and consent sources, and publishes customer.erased', async () => {
    const id = await richCustomer();
    const erased = dataOf(await send<{ eraseCustomer: Erased }>(admin, ERASE, { id })).eraseCustomer;
    expect(erased).toMatchObject({
      name: 'Erased customer',
      email: null,
      phone: null,
      website: null,
      birthDate: null,
      gender: null,
      emails: [],
      phones: [],
      addresses: [],
      erasedAt: expect.any(String),
      contacts: {
        edges: [
          { node: { firstName: 'Erased', lastName: 'contact', email: null, phone: null, jobTitle: null } },
        ],
      },
      notes: { edges: [{ node: { body: '[erased]' } }] },
      consents: [{ channel: 'EMAIL', granted: true, source: null }],
      consentHistory: { edges: [{ node: { source: null } }] },
      tags: [],
    });
    const event = await eventOn(probe, 'crm.customer.customer.erased', id);
    expect(event.data).toEqual({ customerId: id, erasedAt: erased.erasedAt });

    // Still readable by id, anonymised; the stored row holds no trace of the personal data.
    const read = dataOf(await send<{ customer: Erased }>(admin, GET, { id })).customer;
    expect(read).toEqual(erased);
    const [row] = await platform.subgraphs.customer.dataSource.query(
      'SELECT row_to_json(c)::text AS json FROM customers c WHERE id = $1',
      [id],
    );
    expect(row.json).not.toMatch(/erin|Lyon|3361234/i);
  });

  it('refuses any later change with CONFLICT, and erasing again changes nothing', async () => {
    const id = await richCustomer();
    const first = dataOf(await send<{ eraseCustomer: Erased }>(admin, ERASE, { id })).eraseCustomer;
    const update = await send(admin, UPDATE, { id, version: first.version });
    expect(update.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(update.errors?.[0].message).toMatch(/erased/);
    const contact = await send(
      admin,
      `mutation ($id: ID!) { createContact(input: { customerId: $id, firstName: "A", lastName: "B" }) { id } }`,
      { id },
    );
    expect(contact.errors?.[0].extensions?.code).toBe('CONFLICT');
    const again = dataOf(await send<{ eraseCustomer: Erased }>(admin, ERASE, { id })).eraseCustomer;
    expect(again.erasedAt).toBe(first.erasedAt);
    await eventOn(probe, 'crm.customer.customer.erased', id);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(probe.messages.filter((m) => m.key === id && m.value.includes('customer.erased'))).toHaveLength(1);
  });

  it('is for admins only: owners and their managers may not erase', async () => {
    const managerId = '0194c1d0-0000-7000-8000-0000000000e1';
    const manager = await tokenOf(['SALES_MANAGER'], managerId);
    const { createCustomer } = dataOf(
      await send<{ createCustomer: { id: string } }>(manager, CREATE, {
        input: { kind: 'PERSON', name: 'Kept Kim' },
      }),
    );
    const refused = await send(manager, ERASE, { id: createCustomer.id });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const read = dataOf(await send<{ customer: Erased }>(admin, GET, { id: createCustomer.id })).customer;
    expect(read).toMatchObject({ name: 'Kept Kim', erasedAt: null });
  });
});
