import { randomUUID } from 'node:crypto';
import { buildEvent } from '@crm/events';
import {
  DEMO_ADMIN,
  EventPublisher,
  graphqlRequest,
  sampleCustomerCreatedEvent,
  startPlatform,
  tokenFor,
  waitFor,
  type TestPlatform,
} from '@crm/platform-testing';

const OPEN = `mutation ($input: OpenTicketInput!) { openTicket(input: $input) { id customer { id } queue { id } } }`;
const GET = `query ($id: ID!) { ticket(id: $id) { id } }`;

type Opened = { openTicket: { id: string; customer: { id: string }; queue: { id: string } | null } };

/**
 * A ticket references a customer and a support team (its queue) that other services own; the
 * service checks both against what it learnt from their events, so no ticket points at nothing.
 */
describe('ticket references through the gateway', () => {
  let platform: TestPlatform;
  let publisher: EventPublisher;
  let manager: string;
  const teamId = randomUUID();

  const open = (input: Record<string, unknown>, token = manager) =>
    graphqlRequest<Opened>(platform.gatewayUrl, OPEN, { input }, token);
  const ticketCount = async () =>
    Number((await platform.subgraphs.service.dataSource.query('SELECT count(*) AS n FROM tickets'))[0].n);
  /** Waits until the service's projection `table` holds the row of `id` as `ready` wants it. */
  const projected = (
    table: string,
    id: string,
    ready: (row: Record<string, unknown>) => boolean = () => true,
  ) =>
    waitFor(async () => {
      const [row] = await platform.subgraphs.service.dataSource.query(
        `SELECT * FROM ${table} WHERE id = $1`,
        [id],
      );
      if (!row || !ready(row)) throw new Error(`${table} ${id} not projected yet`);
      return row;
    });
  const teamCreated = (id: string, name: string) =>
    buildEvent('crm.identity.team.created', {
      subject: id,
      actor: DEMO_ADMIN.userId,
      data: { teamId: id, name, managerId: null, createdAt: new Date().toISOString() },
    });
  const customerMerged = (survivorId: string, mergedIds: string[]) =>
    buildEvent('crm.customer.customer.merged', {
      subject: survivorId,
      actor: DEMO_ADMIN.userId,
      data: { customerId: survivorId, mergedCustomerIds: mergedIds, mergedAt: new Date().toISOString() },
    });
  const customerErased = (customerId: string) =>
    buildEvent('crm.customer.customer.erased', {
      subject: customerId,
      actor: DEMO_ADMIN.userId,
      data: { customerId, erasedAt: new Date().toISOString() },
    });
  const knownCustomer = async () => {
    const event = sampleCustomerCreatedEvent();
    await publisher.publish(event);
    await projected('known_customers', event.data.customerId);
    return event.data.customerId;
  };

  beforeAll(async () => {
    platform = await startPlatform();
    publisher = await EventPublisher.start();
    manager = await tokenFor({
      ...DEMO_ADMIN,
      userId: randomUUID(),
      roles: ['SUPPORT_MANAGER'],
      teamId: null,
    });
    await publisher.publish(teamCreated(teamId, 'First line'));
    await projected('known_teams', teamId);
  });
  afterAll(async () => {
    await publisher?.stop();
    await platform?.stop();
  });

  it('refuses a customer the service never heard of with NOT_FOUND on input.customerId, writing nothing', async () => {
    const before = await ticketCount();
    for (const customerId of ['00000000-0000-0000-0000-000000000000', randomUUID()]) {
      const response = await open({ customerId, subject: 'Orphan', queueId: teamId });
      expect(response.data).toBeNull();
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.customerId' });
    }
    expect(await ticketCount()).toBe(before);
  });

  it('refuses a queue that is not a team with NOT_FOUND on input.queueId, also for an agent’s own team', async () => {
    const customerId = await knownCustomer();
    const before = await ticketCount();
    const elsewhere = await open({ customerId, subject: 'No such queue', queueId: randomUUID() });
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.queueId' });
    const agent = await tokenFor({
      ...DEMO_ADMIN,
      userId: randomUUID(),
      roles: ['SUPPORT_AGENT'],
      teamId: randomUUID(),
    });
    const unknownTeam = await open({ customerId, subject: 'Team of nobody' }, agent);
    expect(unknownTeam.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.queueId' });
    expect(await ticketCount()).toBe(before);

    const opened = await open({ customerId, subject: 'Known both', queueId: teamId });
    expect(opened.errors).toBeUndefined();
    const read = await graphqlRequest(platform.gatewayUrl, GET, { id: opened.data!.openTicket.id }, manager);
    expect(read).toEqual({ data: { ticket: { id: opened.data!.openTicket.id } } });
  });

  it('sends a merged customer’s tickets to the survivor and refuses an erased one, whatever order the events come in', async () => {
    const [survivor, merged, erased] = [randomUUID(), randomUUID(), randomUUID()];
    // The merge and the erasure overtake the creations they follow.
    await publisher.publish(customerMerged(survivor, [merged]), customerErased(erased));
    await publisher.publish(
      sampleCustomerCreatedEvent(merged),
      sampleCustomerCreatedEvent(survivor),
      sampleCustomerCreatedEvent(erased),
    );
    await projected('known_customers', merged, (row) => row.merged_into_id === survivor);
    await projected('known_customers', erased, (row) => row.erased_at !== null);

    const toMerged = await open({ customerId: merged, subject: 'Duplicate', queueId: teamId });
    expect(toMerged.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.customerId',
    });
    expect(toMerged.errors?.[0].message).toContain(survivor);
    const toErased = await open({ customerId: erased, subject: 'Erased', queueId: teamId });
    expect(toErased.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect(toErased.errors?.[0].message).toMatch(/erased/);
    const toSurvivor = await open({ customerId: survivor, subject: 'Survivor', queueId: teamId });
    expect(toSurvivor.errors).toBeUndefined();
    expect(toSurvivor.data!.openTicket.customer).toEqual({ id: survivor });
  });

  it('moves tickets along a chain of merges to the last survivor, whatever order the merges come in', async () => {
    const [first, second, last] = await Promise.all([knownCustomer(), knownCustomer(), knownCustomer()]);
    const ticket = (await open({ customerId: first, subject: 'Chained', queueId: teamId })).data!.openTicket
      .id;
    // second → last is applied before first → second.
    await publisher.publish(customerMerged(last, [second]));
    await projected('known_customers', second, (row) => row.merged_into_id === last);
    await publisher.publish(customerMerged(second, [first]));
    await projected('known_customers', first, (row) => row.merged_into_id !== null);
    const [row] = await platform.subgraphs.service.dataSource.query(
      'SELECT customer_id FROM tickets WHERE id = $1',
      [ticket],
    );
    expect(row.customer_id).toBe(last);
  });

  it('reports empty ids as BAD_USER_INPUT on their field', async () => {
    const customerId = await knownCustomer();
    const cases: [Record<string, unknown>, string][] = [
      [{ customerId: '', subject: 'Empty customer', queueId: teamId }, 'input.customerId'],
      [{ customerId, subject: 'Empty queue', queueId: '' }, 'input.queueId'],
    ];
    for (const [input, field] of cases)
      expect((await open(input)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const byEmptyId = await graphqlRequest(platform.gatewayUrl, GET, { id: '' }, manager);
    expect(byEmptyId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
