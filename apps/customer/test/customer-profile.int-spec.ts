import { EventProbe, startPlatform, tokenFor, type TestPlatform } from '@crm/platform-testing';
import { countRows, dataOf, eventOn, gatewayClient, tokenOf } from './profile-test-kit';

const PROFILE = `id kind name email phone source industry companySize website region birthDate gender version
  emails { address label primary } phones { number label primary }
  addresses { label street city postalCode region country }`;
const CREATE = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { ${PROFILE} } }`;
const GET = `query ($id: ID!) { customer(id: $id) { ${PROFILE} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateCustomerInput!) {
  updateCustomer(id: $id, version: $version, input: $input) { ${PROFILE} }
}`;

interface Profile {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  industry: string | null;
  region: string | null;
  birthDate: string | null;
  version: number;
  emails: { address: string; label: string | null; primary: boolean }[];
  phones: { number: string; label: string | null; primary: boolean }[];
  addresses: { street: string; city: string; country: string }[];
}

describe('customer profile through the gateway', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let admin: string;
  const send = gatewayClient(() => platform);
  const create = async (input: Record<string, unknown>, token = admin) =>
    dataOf(await send<{ createCustomer: Profile }>(token, CREATE, { input })).createCustomer;

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start(['crm.customer.customer.v1', 'crm.customer.audit.v1']);
    admin = await tokenFor();
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('creates a company with its whole profile and reads it back normalised', async () => {
    const created = await create({
      kind: 'COMPANY',
      name: 'Profile GmbH',
      source: 'web_form',
      industry: 'LOGISTICS',
      companySize: 'MEDIUM',
      website: 'https://profile.example',
      region: 'EMEA',
      emails: [
        { address: 'info@profile.example', label: 'general' },
        { address: 'Sales@Profile.example', label: 'sales', primary: true },
      ],
      phones: [{ number: '+49 30 901820', label: 'office' }],
      addresses: [
        { label: 'HQ', street: 'Unter den Linden 1', city: 'Berlin', postalCode: '10117', country: 'de' },
      ],
    });
    const read = dataOf(await send<{ customer: Profile }>(admin, GET, { id: created.id })).customer;
    expect(read).toMatchObject({
      email: 'sales@profile.example',
      phone: '+4930901820',
      source: 'WEB_FORM',
      industry: 'LOGISTICS',
      companySize: 'MEDIUM',
      region: 'EMEA',
      birthDate: null,
      emails: [
        { address: 'info@profile.example', label: 'general', primary: false },
        { address: 'sales@profile.example', label: 'sales', primary: true },
      ],
      phones: [{ number: '+4930901820', label: 'office', primary: true }],
      addresses: [{ street: 'Unter den Linden 1', city: 'Berlin', postalCode: '10117', country: 'DE' }],
    });
  });

  it.each([
    [{ kind: 'COMPANY', name: 'Bad Industry', industry: 'ALCHEMY' }, 'input.industry'],
    [{ kind: 'COMPANY', name: 'Region As Industry', industry: 'EMEA' }, 'input.industry'],
    [{ kind: 'COMPANY', name: 'Bad Source', source: 'PIGEON' }, 'input.source'],
    [{ kind: 'COMPANY', name: 'Bad Region', region: 'MARS' }, 'input.region'],
    [{ kind: 'COMPANY', name: 'Born Company', birthDate: '1990-01-01' }, 'input.birthDate'],
    [{ kind: 'COMPANY', name: 'Gendered Company', gender: 'OTHER' }, 'input.gender'],
    [{ kind: 'PERSON', name: 'Sized Person', companySize: 'SMALL' }, 'input.companySize'],
    [{ kind: 'PERSON', name: 'Bad Phone', phones: [{ number: '+1 555' }] }, 'input.phones.0.number'],
    [
      { kind: 'PERSON', name: 'Bad Country', addresses: [{ street: 'a', city: 'b', country: 'ZZ' }] },
      'input.addresses.0.country',
    ],
  ])('refuses %j with BAD_USER_INPUT on %s and writes nothing', async (input, field) => {
    const [customers, outbox] = [await countRows(platform, 'customers'), await countRows(platform, 'outbox')];
    const response = await send(admin, CREATE, { input });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await countRows(platform, 'customers')).toBe(customers);
    expect(await countRows(platform, 'outbox')).toBe(outbox);
  });

  it('masks personal fields for roles without PII rights', async () => {
    const person = await create({
      kind: 'PERSON',
      name: 'Masked Max',
      birthDate: '1985-06-15',
      gender: 'MALE',
      emails: [{ address: 'max@example.com' }],
      phones: [{ number: '+33612345678' }],
      addresses: [{ street: '1 Rue de Rivoli', city: 'Paris', postalCode: '75001', country: 'FR' }],
    });
    const analyst = await tokenOf(['ANALYST']);
    const seen = dataOf(
      await send<{ customer: Profile & { gender: string | null } }>(analyst, GET, { id: person.id }),
    ).customer;
    expect(seen).toMatchObject({
      name: 'Masked Max',
      email: '••••',
      phone: '••••',
      birthDate: '••••',
      gender: null,
      emails: [{ address: '••••', primary: true }],
      phones: [{ number: '••••', primary: true }],
      addresses: [{ street: '••••', city: '••••', postalCode: '••••', country: 'FR' }],
    });
  });

  it('updates only the given fields, bumps the version, publishes customer.updated and audits', async () => {
    const customer = await create({ kind: 'PERSON', name: 'Update Ursula', email: 'ursula@example.com' });
    const updated = dataOf(
      await send<{ updateCustomer: Profile }>(admin, UPDATE, {
        id: customer.id,
        version: customer.version,
        input: { industry: 'RETAIL', birthDate: '1970-01-02', email: 'ursula@new.example' },
      }),
    ).updateCustomer;
    expect(updated).toMatchObject({
      name: 'Update Ursula',
      industry: 'RETAIL',
      birthDate: '1970-01-02',
      email: 'ursula@new.example',
      emails: [{ address: 'ursula@new.example', primary: true }],
      version: customer.version + 1,
    });
    const event = await eventOn(probe, 'crm.customer.customer.updated', customer.id);
    expect(event.data).toEqual({
      customerId: customer.id,
      changedFields: expect.arrayContaining(['industry', 'birthDate', 'email', 'emails']),
      values: {
        industry: 'RETAIL',
        birthDate: '1970-01-02',
        email: 'ursula@new.example',
        emails: [{ address: 'ursula@new.example', label: null, primary: true }],
      },
      updatedAt: expect.any(String),
    });
    const audit = await eventOn(
      probe,
      'crm.customer.audit.recorded',
      customer.id,
      (e) => (e.data as { action: string }).action === 'updateCustomer',
    );
    expect((audit.data as { changes: unknown[] }).changes).toContainEqual({
      field: 'industry',
      before: 'null',
      after: '"RETAIL"',
    });
  });

  it('refuses a stale version with CONFLICT, an inactive code with BAD_USER_INPUT, and changes nothing', async () => {
    const customer = await create({ kind: 'COMPANY', name: 'Stale Corp' });
    const stale = await send(admin, UPDATE, { id: customer.id, version: 99, input: { name: 'Nope' } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const bad = await send(admin, UPDATE, { id: customer.id, version: 1, input: { region: 'ATLANTIS' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.region' });
    const person = await send(admin, UPDATE, { id: customer.id, version: 1, input: { gender: 'FEMALE' } });
    expect(person.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.gender' });
    const read = dataOf(await send<{ customer: Profile }>(admin, GET, { id: customer.id })).customer;
    expect(read).toMatchObject({ name: 'Stale Corp', region: null, version: 1 });
  });

  it('of two concurrent updates with the same version exactly one wins; the loser retries on top', async () => {
    const customer = await create({ kind: 'COMPANY', name: 'Race Ltd' });
    const [first, second] = await Promise.all([
      send<{ updateCustomer: Profile }>(admin, UPDATE, {
        id: customer.id,
        version: 1,
        input: { industry: 'ENERGY' },
      }),
      send<{ updateCustomer: Profile }>(admin, UPDATE, {
        id: customer.id,
        version: 1,
        input: { region: 'APAC' },
      }),
    ]);
    const outcomes = [first, second].map((response) => response.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const [winner, loserInput] = first.errors
      ? [second, { industry: 'ENERGY' }]
      : [first, { region: 'APAC' }];
    const afterRace = dataOf(await send<{ customer: Profile }>(admin, GET, { id: customer.id })).customer;
    expect(afterRace.version).toBe(2);
    expect(afterRace).toMatchObject({ ...winner.data!.updateCustomer, version: 2 });

    const retry = dataOf(
      await send<{ updateCustomer: Profile }>(admin, UPDATE, {
        id: customer.id,
        version: 2,
        input: loserInput,
      }),
    ).updateCustomer;
    expect(retry).toMatchObject({ industry: 'ENERGY', region: 'APAC', version: 3 });
  });

  it("refuses to update another rep's customer, and lets a rep update their own", async () => {
    const repId = '0194c1d0-0000-7000-8000-0000000000a1';
    const rep = await tokenOf(['SALES_REP'], repId);
    const own = await create({ kind: 'PERSON', name: 'Own Olga' }, rep);
    const other = await create({ kind: 'PERSON', name: 'Other Otto' });
    const refused = await send(rep, UPDATE, { id: other.id, version: 1, input: { name: 'Mine now' } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const allowed = await send<{ updateCustomer: Profile }>(rep, UPDATE, {
      id: own.id,
      version: 1,
      input: { name: 'Own Olga B.' },
    });
    expect(dataOf(allowed).updateCustomer.name).toBe('Own Olga B.');
    const readOnly = await send(await tokenOf(['READ_ONLY']), UPDATE, {
      id: own.id,
      version: 2,
      input: { name: 'x' },
    });
    expect(readOnly.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
