import { randomUUID } from 'node:crypto';
import { EventProbe, startPlatform, tokenFor, type TestPlatform } from '@crm/platform-testing';
import { dataOf, eventOn, gatewayClient, tokenOf } from './profile-test-kit';

const ENTRIES = `query ($kind: DictionaryKind!, $includeInactive: Boolean) {
  dictionaryEntries(kind: $kind, includeInactive: $includeInactive) { kind code label active }
}`;
const UPSERT = `mutation ($kind: DictionaryKind!, $code: String!, $label: String!, $active: Boolean!) {
  upsertDictionaryEntry(kind: $kind, code: $code, label: $label, active: $active) { kind code label active }
}`;
const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id industry } }`;

interface Entry {
  kind: string;
  code: string;
  label: string;
  active: boolean;
}
type Entries = { dictionaryEntries: Entry[] };

describe('data dictionary through the gateway', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let admin: string;
  const send = gatewayClient(() => platform);

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start(['crm.customer.audit.v1']);
    admin = await tokenFor();
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('is seeded with the default sources, regions, industries and tag groups', async () => {
    const sources = dataOf(await send<Entries>(admin, ENTRIES, { kind: 'SOURCE' })).dictionaryEntries;
    expect(sources.map((entry) => entry.code)).toEqual(
      expect.arrayContaining([
        'MANUAL',
        'WEB_FORM',
        'REFERRAL',
        'IMPORT',
        'CAMPAIGN',
        'LEAD_CONVERSION',
        'EVENT',
      ]),
    );
    const regions = dataOf(await send<Entries>(admin, ENTRIES, { kind: 'REGION' })).dictionaryEntries;
    expect(regions.map((entry) => entry.code)).toEqual(
      expect.arrayContaining(['EMEA', 'NA', 'LATAM', 'APAC']),
    );
    for (const kind of ['INDUSTRY', 'TAG_GROUP'])
      expect(dataOf(await send<Entries>(admin, ENTRIES, { kind })).dictionaryEntries.length).toBeGreaterThan(
        0,
      );
  });

  it('lets an admin add a code, which customers may then use, and deactivate it, which refuses it on new input', async () => {
    const code = `AEROSPACE_${randomUUID().slice(0, 8).toUpperCase()}`;
    const added = dataOf(
      await send<{ upsertDictionaryEntry: Entry }>(admin, UPSERT, {
        kind: 'INDUSTRY',
        code: code.toLowerCase(),
        label: ' Aerospace ',
        active: true,
      }),
    ).upsertDictionaryEntry;
    expect(added).toEqual({ kind: 'INDUSTRY', code, label: 'Aerospace', active: true });
    const customer = await send(admin, CREATE_CUSTOMER, {
      input: { kind: 'COMPANY', name: 'Rocket AG', industry: code },
    });
    expect(customer.errors).toBeUndefined();

    dataOf(
      await send(admin, UPSERT, { kind: 'INDUSTRY', code, label: 'Aerospace & defence', active: false }),
    );
    const refused = await send(admin, CREATE_CUSTOMER, {
      input: { kind: 'COMPANY', name: 'Late AG', industry: code },
    });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.industry' });

    const active = dataOf(await send<Entries>(admin, ENTRIES, { kind: 'INDUSTRY' })).dictionaryEntries;
    expect(active.map((entry) => entry.code)).not.toContain(code);
    const all = dataOf(
      await send<Entries>(admin, ENTRIES, { kind: 'INDUSTRY', includeInactive: true }),
    ).dictionaryEntries;
    expect(all).toContainEqual({ kind: 'INDUSTRY', code, label: 'Aerospace & defence', active: false });

    const audit = await eventOn(
      probe,
      'crm.customer.audit.recorded',
      (
        await platform.subgraphs.customer.dataSource.query(
          'SELECT id FROM dictionary_entries WHERE code = $1',
          [code],
        )
      )[0].id,
      (event) =>
        (event.data as { changes: { field: string; before: string | null }[] }).changes.some(
          (change) => change.field === 'active' && change.before === 'true',
        ),
    );
    expect((audit.data as { changes: unknown[] }).changes).toContainEqual({
      field: 'active',
      before: 'true',
      after: 'false',
    });
  });

  it('refuses a malformed code and non-admins', async () => {
    const bad = await send(admin, UPSERT, { kind: 'REGION', code: 'middle earth', label: 'x', active: true });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const manager = await tokenOf(['SALES_MANAGER']);
    const refused = await send(manager, UPSERT, { kind: 'REGION', code: 'MORDOR', label: 'x', active: true });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await send(manager, ENTRIES, { kind: 'REGION' })).errors).toBeUndefined();
  });
});
