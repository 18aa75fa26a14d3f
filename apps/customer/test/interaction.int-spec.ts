import { isEventOfType } from '@crm/events';
import { EventProbe, startPlatform, type TestPlatform } from '@crm/platform-testing';
import { countRows, dataOf, eventOn, gatewayClient, tokenOf } from './profile-test-kit';

const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const CREATE_CONTACT = `mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }`;
const FIELDS = `id type direction occurredAt durationMinutes summary outcome outcomeNote externalParticipants
  contacts { id } participants { id } loggedBy { id } customer { id } version`;
const LOG = `mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateInteractionInput!) {
  updateInteraction(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { interaction(id: $id) { ${FIELDS} } }`;
const LIST = `query ($id: ID!, $first: Int, $after: String, $type: InteractionType) {
  customer(id: $id) { interactions(first: $first, after: $after, type: $type) {
    edges { node { id summary type } } pageInfo { hasNextPage endCursor } } } }`;

interface Logged {
  id: string;
  summary: string;
  version: number;
  externalParticipants: string[];
}
type Page = { customer: { interactions: { edges: { node: Logged }[]; pageInfo: { endCursor: string } } } };

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

describe('communication records (interactions) through the gateway', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let rep: string;
  let otherRep: string;
  let analyst: string;
  let admin: string;
  const repId = '0194c1d0-0000-7000-8000-00000000e0a1';
  const send = gatewayClient(() => platform);
  let customerId: string;

  const createCustomer = async (ownerId: string | null, name = 'Interaction Co') =>
    dataOf(
      await send<{ createCustomer: { id: string } }>(admin, CREATE_CUSTOMER, {
        input: { kind: 'COMPANY', name, ownerId },
      }),
    ).createCustomer.id;
  const call = (overrides: Record<string, unknown> = {}) => ({
    customerId,
    type: 'CALL',
    direction: 'OUTBOUND',
    occurredAt: hoursAgo(2),
    durationMinutes: 25,
    summary: 'Walked them through the pilot.',
    ...overrides,
  });
  const log = async (token: string, input: Record<string, unknown>) =>
    dataOf(await send<{ logInteraction: Logged }>(token, LOG, { input })).logInteraction;

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start(['crm.customer.interaction.v1', 'crm.customer.audit.v1']);
    [rep, otherRep, analyst, admin] = await Promise.all([
      tokenOf(['SALES_REP'], repId),
      tokenOf(['SALES_REP']),
      tokenOf(['ANALYST']),
      tokenOf(['ADMIN']),
    ]);
    customerId = await createCustomer(repId);
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('logs a call with participants, reads it back and publishes interaction.logged and its audit entry', async () => {
    const { createContact } = dataOf(
      await send<{ createContact: { id: string } }>(admin, CREATE_CONTACT, {
        input: { customerId, firstName: 'Ada', lastName: 'Buyer' },
      }),
    );
    const colleague = '0194c1d0-0000-7000-8000-00000000e0a2';
    const logged = await log(
      rep,
      call({
        contactIds: [createContact.id],
        userIds: [colleague],
        externalParticipants: ['  Their lawyer '],
        outcome: 'FOLLOW_UP_REQUIRED',
        outcomeNote: 'Quote by Friday',
      }),
    );
    expect(logged).toMatchObject({
      type: 'CALL',
      direction: 'OUTBOUND',
      durationMinutes: 25,
      summary: 'Walked them through the pilot.',
      outcome: 'FOLLOW_UP_REQUIRED',
      externalParticipants: ['Their lawyer'],
      contacts: [{ id: createContact.id }],
      participants: [{ id: colleague }],
      loggedBy: { id: repId },
      customer: { id: customerId },
      version: 1,
    });
    expect(dataOf(await send<{ interaction: Logged }>(rep, GET, { id: logged.id })).interaction).toEqual(
      logged,
    );

    const event = await eventOn(probe, 'crm.customer.interaction.logged', logged.id);
    expect(event).toMatchObject({
      subject: logged.id,
      actor: repId,
      data: { interactionId: logged.id, customerId, contactIds: [createContact.id], userIds: [colleague] },
    });
    // Names of outsiders stay in this service.
    expect(JSON.stringify(event.data)).not.toContain('lawyer');
    const audit = await eventOn(probe, 'crm.customer.audit.recorded', logged.id);
    expect(isEventOfType(audit, 'crm.customer.audit.recorded') && audit.data.action).toBe('logInteraction');
  });

  it.each([
    ['a call without its duration', 'input.durationMinutes', { durationMinutes: null }],
    ['a negative duration', 'input.durationMinutes', { durationMinutes: -5 }],
    ['a blank summary', 'input.summary', { summary: '  ' }],
    ['a summary over 5000 characters', 'input.summary', { summary: 'x'.repeat(5001) }],
    ['a call tomorrow', 'input.occurredAt', { occurredAt: new Date(Date.now() + 86_400_000).toISOString() }],
    ['an unknown contact', 'input.contactIds.0', { contactIds: ['0194c1d0-0000-7000-8000-00000000dead'] }],
    ['an unknown customer', 'input.customerId', { customerId: '0194c1d0-0000-7000-8000-00000000dead' }],
  ])('refuses %s on %s and writes nothing', async (_what, field, overrides) => {
    const [rowsBefore, outboxBefore] = [
      await countRows(platform, 'interactions'),
      await countRows(platform, 'outbox'),
    ];
    const response = await send(rep, LOG, { input: call(overrides) });
    // An id that names nothing is NOT_FOUND; everything else here is malformed input.
    const code = field === 'input.customerId' ? 'NOT_FOUND' : 'BAD_USER_INPUT';
    expect(response.errors?.[0].extensions).toMatchObject({ code, field });
    expect(await countRows(platform, 'interactions')).toBe(rowsBefore);
    expect(await countRows(platform, 'outbox')).toBe(outboxBefore);
  });

  it('refuses a contact of another customer', async () => {
    const elsewhere = await createCustomer(repId, 'Elsewhere');
    const { createContact } = dataOf(
      await send<{ createContact: { id: string } }>(admin, CREATE_CONTACT, {
        input: { customerId: elsewhere, firstName: 'Bob', lastName: 'Other' },
      }),
    );
    const response = await send(rep, LOG, { input: call({ contactIds: [createContact.id] }) });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.contactIds.0',
    });
  });

  it('logs once per idempotency key', async () => {
    const input = call({ summary: 'Idempotent call', idempotencyKey: 'call-42' });
    const first = await log(rep, input);
    const retry = await log(rep, input);
    expect(retry.id).toBe(first.id);
    const reused = await send(rep, LOG, { input: { ...input, summary: 'Something else' } });
    expect(reused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.idempotencyKey',
    });
  });

  it('lists a customer’s records by when they happened, newest first, by type, with keyset cursors', async () => {
    const customer = await createCustomer(repId, 'Timeline order');
    // Logged in this order, they happened in another: the list follows occurredAt.
    await log(rep, call({ customerId: customer, summary: 'two', occurredAt: hoursAgo(20) }));
    await log(rep, call({ customerId: customer, summary: 'one', occurredAt: hoursAgo(30) }));
    await log(
      rep,
      call({
        customerId: customer,
        summary: 'four',
        type: 'EMAIL',
        durationMinutes: null,
        occurredAt: hoursAgo(1),
      }),
    );
    await log(
      rep,
      call({ customerId: customer, summary: 'three', type: 'MEETING', occurredAt: hoursAgo(10) }),
    );
    const first = dataOf(await send<Page>(rep, LIST, { id: customer, first: 3 })).customer.interactions;
    expect(first.edges.map((edge) => edge.node.summary)).toEqual(['four', 'three', 'two']);
    const rest = dataOf(
      await send<Page>(rep, LIST, { id: customer, first: 3, after: first.pageInfo.endCursor }),
    ).customer.interactions;
    expect(rest.edges.map((edge) => edge.node.summary)).toEqual(['one']);
    const calls = dataOf(await send<Page>(rep, LIST, { id: customer, type: 'CALL' })).customer.interactions;
    expect(calls.edges.map((edge) => edge.node.summary)).toEqual(['two', 'one']);
  });

  it('updates a record with its version, publishes interaction.updated, and refuses a stale version', async () => {
    const logged = await log(
      rep,
      call({ type: 'EMAIL', durationMinutes: null, summary: 'Asked for prices' }),
    );
    const { updateInteraction } = dataOf(
      await send<{ updateInteraction: Logged & { type: string; durationMinutes: number } }>(rep, UPDATE, {
        id: logged.id,
        version: 1,
        input: { type: 'CALL', durationMinutes: 12, summary: 'Asked for prices on the phone' },
      }),
    );
    expect(updateInteraction).toMatchObject({ type: 'CALL', durationMinutes: 12, version: 2 });
    const stale = await send(rep, UPDATE, { id: logged.id, version: 1, input: { summary: 'Lost update' } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const invalid = await send(rep, UPDATE, { id: logged.id, version: 2, input: { durationMinutes: null } });
    expect(invalid.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.durationMinutes',
    });
    const event = await eventOn(probe, 'crm.customer.interaction.updated', logged.id);
    expect(event.data).toMatchObject({ summary: 'Asked for prices on the phone', version: 2 });
  });

  it('follows the customer’s owner scope: another rep may neither read nor log, an analyst reads masked names', async () => {
    const logged = await log(rep, call({ externalParticipants: ['Mrs Private'] }));
    const read = await send(otherRep, GET, { id: logged.id });
    expect(read.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(read.data?.interaction ?? null).toBeNull();
    const write = await send(otherRep, LOG, { input: call() });
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const update = await send(otherRep, UPDATE, {
      id: logged.id,
      version: 1,
      input: { summary: 'Mine now' },
    });
    expect(update.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const seen = dataOf(await send<{ interaction: Logged }>(analyst, GET, { id: logged.id })).interaction;
    expect(seen.externalParticipants).toEqual(['••••']);
    expect((await send(analyst, LOG, { input: call() })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses records for a merged customer and anonymises them when the customer is erased', async () => {
    const survivor = await createCustomer(null, 'Survivor');
    const duplicate = await createCustomer(null, 'Duplicate');
    const kept = await log(
      admin,
      call({ customerId: duplicate, externalParticipants: ['Ms Secret'], outcomeNote: 'Private' }),
    );
    dataOf(
      await send(
        admin,
        `mutation ($s: ID!, $m: [ID!]!) { mergeCustomers(survivorId: $s, mergedIds: $m) { id } }`,
        {
          s: survivor,
          m: [duplicate],
        },
      ),
    );
    const refused = await send(admin, LOG, { input: call({ customerId: duplicate }) });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.customerId',
    });

    dataOf(await send(admin, `mutation ($id: ID!) { eraseCustomer(id: $id) { id } }`, { id: survivor }));
    const erased = dataOf(
      await send<{ interaction: Logged & { outcomeNote: string | null } }>(admin, GET, { id: kept.id }),
    ).interaction;
    expect(erased).toMatchObject({
      summary: '[erased]',
      externalParticipants: [],
      outcomeNote: null,
      customer: { id: survivor },
    });
    const late = await send(admin, LOG, { input: call({ customerId: survivor }) });
    expect(late.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});
