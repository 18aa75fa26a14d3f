import { randomUUID } from 'node:crypto';
import { newId } from '@crm/db';
import { buildEvent, EVENT_CATALOGUE, parseEvent, type AnyCloudEvent } from '@crm/events';
import {
  EventProbe,
  EventPublisher,
  graphqlRequest,
  startPlatform,
  tokenFor,
  waitFor,
  type TestPlatform,
} from '@crm/platform-testing';
import { orderPlacedEvent, paymentReceivedEvent } from './revenue-events';

const CREATE = `mutation ($name: String!, $ownerId: ID) { createCustomer(input: { kind: COMPANY, name: $name, ownerId: $ownerId }) { id } }`;
const LIFECYCLE = `query ($id: ID!) { customer(id: $id) {
  lifecycleStage version tier
  lifecycleHistory(first: 10) { edges { node { from to reason source actorId actor { id } causingEventId at } } }
} }`;
const CHANGE = `mutation ($input: ChangeLifecycleStageInput!) { changeLifecycleStage(input: $input) { id lifecycleStage version } }`;

interface HistoryEntry {
  from: string;
  to: string;
  reason: string;
  source: string;
  actorId: string;
  actor: { id: string } | null;
  causingEventId: string | null;
}
interface Lifecycle {
  lifecycleStage: string;
  version: number;
  tier: string | null;
  lifecycleHistory: { edges: { node: HistoryEntry }[] };
}

describe('customer lifecycle through the gateway and real Kafka events', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let publisher: EventPublisher;
  let token: string;
  const send = (query: string, variables: Record<string, unknown> = {}, as = token) =>
    graphqlRequest(platform.gatewayUrl, query, variables, as);
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
    platform.subgraphs.customer.dataSource.query(query, params);
  const createCustomer = async (name: string, ownerId: string | null = null) =>
    ((await send(CREATE, { name, ownerId })).data as { createCustomer: { id: string } }).createCustomer.id;
  const lifecycleOf = async (id: string) => {
    const response = await send(LIFECYCLE, { id });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return (response.data as { customer: Lifecycle }).customer;
  };
  const waitForStage = (id: string, stage: string) =>
    waitFor(async () => {
      const customer = await lifecycleOf(id);
      if (customer.lifecycleStage !== stage)
        throw new Error(`still ${customer.lifecycleStage}, not ${stage}`);
      return customer;
    });
  const publishedFor = (customerId: string, type: string): AnyCloudEvent[] =>
    probe.messages
      .filter((message) => message.key === customerId)
      .map((message) => parseEvent(message.value))
      .filter((event) => event.type === type);

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start(['crm.customer.customer.v1']);
    publisher = await EventPublisher.start();
    token = await tokenFor();
  });
  afterAll(async () => {
    await publisher?.stop();
    await probe?.stop();
    await platform?.stop();
  });

  it('moves a prospect to CUSTOMER on its first payment, then to REPEAT when a second order is paid', async () => {
    const id = await createCustomer('Lifecycle Ltd');
    const firstOrder = newId();
    const firstPayment = paymentReceivedEvent(id, { orderId: firstOrder, actor: 'system' });
    await publisher.publish(firstPayment);

    const customer = await waitForStage(id, 'CUSTOMER');
    expect(customer.lifecycleHistory.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        from: 'PROSPECT',
        to: 'CUSTOMER',
        reason: 'First purchase',
        source: 'EVENT',
        actorId: 'system',
        actor: null,
        causingEventId: firstPayment.id,
      }),
    ]);
    expect(customer.tier).not.toBeNull();

    // The same order placed: still one order, no move. A second order counts once it is paid.
    await publisher.publish(orderPlacedEvent(id, firstOrder));
    const secondOrder = orderPlacedEvent(id);
    await publisher.publish(secondOrder);
    const secondPayment = paymentReceivedEvent(id, { orderId: secondOrder.data.orderId });
    await publisher.publish(secondPayment);
    const repeat = await waitForStage(id, 'REPEAT');
    expect(repeat.lifecycleHistory.edges[0].node).toMatchObject({
      from: 'CUSTOMER',
      to: 'REPEAT',
      reason: 'Repeat purchase (2 orders)',
      causingEventId: secondPayment.id,
    });
    expect(repeat.lifecycleHistory.edges).toHaveLength(2);

    const changes = await waitFor(() => {
      const events = publishedFor(id, 'crm.customer.customer.lifecycle_changed');
      if (events.length < 2) throw new Error('lifecycle_changed not on Kafka yet');
      return events;
    });
    expect(changes.map((event) => event.data)).toEqual([
      expect.objectContaining({ customerId: id, from: 'PROSPECT', to: 'CUSTOMER', source: 'EVENT' }),
      expect.objectContaining({ customerId: id, from: 'CUSTOMER', to: 'REPEAT', source: 'EVENT' }),
    ]);
    expect(changes[0]).toMatchObject({
      subject: id,
      source: '/crm/customer',
      correlationid: firstPayment.correlationid,
    });
    const tiers = await waitFor(() => {
      const events = publishedFor(id, 'crm.customer.customer.tier_changed');
      if (events.length === 0) throw new Error('tier_changed not on Kafka yet');
      return events;
    });
    expect(tiers[0].data).toMatchObject({ customerId: id, from: null, source: 'EVENT', currency: 'EUR' });
  });

  it('counts a payment republished under another event id once', async () => {
    const id = await createCustomer('Once GmbH');
    const payment = paymentReceivedEvent(id);
    await publisher.publish(payment);
    await waitForStage(id, 'CUSTOMER');
    const again = paymentReceivedEvent(id, {
      orderId: payment.data.orderId,
      paymentId: payment.data.paymentId,
    });
    await publisher.publish(again);
    await waitFor(async () => {
      const rows = await sql('SELECT 1 FROM inbox WHERE event_id = $1', [again.id]);
      if (rows.length === 0) throw new Error('republished payment not consumed yet');
    });
    const revenue = await sql('SELECT count(*)::int AS n FROM customer_revenue WHERE customer_id = $1', [id]);
    expect(revenue[0].n).toBe(1);
    expect((await lifecycleOf(id)).lifecycleHistory.edges).toHaveLength(1);
  });

  it('keeps revenue of a customer not known yet, and counts it when the lead conversion creates it', async () => {
    const id = newId();
    const early = paymentReceivedEvent(id);
    await publisher.publish(early);
    await waitFor(async () => {
      const rows = await sql('SELECT amount FROM customer_revenue WHERE customer_id = $1', [id]);
      if (rows.length === 0) throw new Error('revenue not recorded yet');
    });
    // The customer arrives later, from sales' lead conversion, with the id sales gave it.
    const leadId = newId();
    await publisher.publish(
      buildEvent('crm.sales.lead.converted', {
        subject: leadId,
        actor: 'system',
        correlationId: randomUUID(),
        data: {
          ...EVENT_CATALOGUE['crm.sales.lead.converted'].example,
          leadId,
          customerId: id,
          customerName: 'Late Arrival',
          contact: null,
          opportunityId: null,
        },
      }),
    );
    const customer = await waitForStage(id, 'CUSTOMER');
    expect(customer.lifecycleHistory.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ from: 'PROSPECT', to: 'CUSTOMER', causingEventId: expect.any(String) }),
    ]);
    expect(customer.tier).not.toBeNull();
  });

  it('credits a merged customer’s revenue to the survivor', async () => {
    const survivor = await createCustomer('Survivor SA');
    const merged = await createCustomer('Merged SA');
    await sql('UPDATE customers SET merged_into_id = $1 WHERE id = $2', [survivor, merged]);
    await publisher.publish(paymentReceivedEvent(merged));
    await waitForStage(survivor, 'CUSTOMER');
    const rows = await sql('SELECT customer_id FROM customer_revenue WHERE customer_id = ANY($1)', [
      [survivor, merged],
    ]);
    expect(rows).toEqual([{ customer_id: survivor }]);
  });

  it('changes the stage by hand with a reason, refuses invalid moves and stale versions', async () => {
    const id = await createCustomer('Manual Corp');
    const toCustomer = await send(CHANGE, {
      input: { customerId: id, stage: 'CUSTOMER', reason: 'Signed offline', version: 1 },
    });
    expect(toCustomer.errors).toBeUndefined();
    expect(toCustomer.data).toMatchObject({
      changeLifecycleStage: { lifecycleStage: 'CUSTOMER', version: 2 },
    });

    const [historyBefore, outboxBefore] = await Promise.all([
      sql('SELECT count(*)::int AS n FROM lifecycle_history WHERE customer_id = $1', [id]),
      sql('SELECT count(*)::int AS n FROM outbox'),
    ]);
    const invalid = await send(CHANGE, { input: { customerId: id, stage: 'PROSPECT', reason: 'Oops' } });
    expect(invalid.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.stage' });
    expect(invalid.errors?.[0].message).toMatch(/from CUSTOMER to PROSPECT/);
    const churn = await send(CHANGE, { input: { customerId: id, stage: 'CHURNED', reason: 'Gone' } });
    expect(churn.errors?.[0].message).toMatch(/markCustomerChurned/);
    const blank = await send(CHANGE, { input: { customerId: id, stage: 'AT_RISK', reason: '  ' } });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const stale = await send(CHANGE, {
      input: { customerId: id, stage: 'AT_RISK', reason: 'Quiet', version: 1 },
    });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const [historyAfter, outboxAfter] = await Promise.all([
      sql('SELECT count(*)::int AS n FROM lifecycle_history WHERE customer_id = $1', [id]),
      sql('SELECT count(*)::int AS n FROM outbox'),
    ]);
    expect(historyAfter[0].n).toBe(historyBefore[0].n);
    expect(outboxAfter[0].n).toBe(outboxBefore[0].n);

    const atRisk = await send(CHANGE, {
      input: { customerId: id, stage: 'AT_RISK', reason: 'No reply for 3 months', version: 2 },
    });
    expect(atRisk.data).toMatchObject({ changeLifecycleStage: { lifecycleStage: 'AT_RISK', version: 3 } });
    const history = (await lifecycleOf(id)).lifecycleHistory.edges.map((edge) => edge.node);
    expect(history[0]).toMatchObject({
      from: 'CUSTOMER',
      to: 'AT_RISK',
      reason: 'No reply for 3 months',
      source: 'MANUAL',
      actor: { id: expect.any(String) },
      causingEventId: null,
    });
    const manual = await waitFor(() => {
      const events = publishedFor(id, 'crm.customer.customer.lifecycle_changed');
      if (events.length < 2) throw new Error('manual lifecycle_changed not on Kafka yet');
      return events;
    });
    expect(manual[1].data).toMatchObject({ from: 'CUSTOMER', to: 'AT_RISK', source: 'MANUAL' });

    // A purchase proves a customer at risk active again.
    await publisher.publish(paymentReceivedEvent(id));
    const back = await waitForStage(id, 'CUSTOMER');
    expect(back.lifecycleHistory.edges[0].node).toMatchObject({
      from: 'AT_RISK',
      to: 'CUSTOMER',
      source: 'EVENT',
    });
  });

  it('lets a rep change only the customers they own', async () => {
    const repId = randomUUID();
    const rep = await tokenFor({ userId: repId, roles: ['SALES_REP'], teamId: null, managedUserIds: [] });
    const own = await createCustomer('Rep Own', repId);
    const other = await createCustomer('Someone Else', randomUUID());
    const input = (customerId: string) => ({
      input: { customerId, stage: 'CUSTOMER', reason: 'Deal signed' },
    });
    expect((await send(CHANGE, input(own), rep)).data).toMatchObject({
      changeLifecycleStage: { lifecycleStage: 'CUSTOMER' },
    });
    const denied = await send(CHANGE, input(other), rep);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await send(CHANGE, input(randomUUID()));
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.customerId' });
  });
});
