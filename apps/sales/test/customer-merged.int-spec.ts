import { buildEvent, SYSTEM_ACTOR } from '@crm/events';
import {
  errorOf,
  ok,
  person,
  sender,
  startPlatform,
  tokenFor,
  waitFor,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';
import { publishFromCustomerService } from './support/customer-service-events';
import { customerKnownToSales } from './support/sales-fixtures';

/**
 * Issue 5 §8: sales follows the customer service's merges and erasures. The events are real: they
 * go through the customer service's outbox, Kafka and sales' consumer.
 */
const CREATE_DEAL = `mutation ($customerId: ID!) {
  createOpportunity(input: { customerId: $customerId, name: "Merged deal", amount: "10", currency: "EUR" }) { id } }`;
const SCHEDULE = `mutation ($customerId: ID!) {
  scheduleActivity(input: { type: CALL, subject: "Call Jane Doe", notes: "Private number 555", customerId: $customerId, dueAt: "2030-01-01T00:00:00Z" }) { id } }`;
const DEAL = `query ($id: ID!) { opportunity(id: $id) { customer { id } } }`;
const CUSTOMER_DEALS = `query ($id: ID!) { customer(id: $id) { opportunities { edges { node { id } } } activities { edges { node { id } } } } }`;

describe('customer merges and erasures in sales', () => {
  let platform: TestPlatform;
  const rep = person(['SALES_REP']);
  let asRep: Send;

  const salesQuery = (sql: string, parameters: unknown[]) =>
    platform.subgraphs.sales.dataSource.query(sql, parameters) as Promise<Record<string, unknown>[]>;

  beforeAll(async () => {
    platform = await startPlatform();
    asRep = sender(platform.gatewayUrl, await tokenFor(rep));
  });
  afterAll(() => platform?.stop());

  it('re-points deals and activities of merged customers to the survivor', async () => {
    const survivor = await customerKnownToSales(platform, asRep, rep.userId);
    const duplicate = await customerKnownToSales(platform, asRep, rep.userId);
    const deal = (
      await ok(asRep<{ createOpportunity: { id: string } }>(CREATE_DEAL, { customerId: duplicate }))
    ).createOpportunity.id;
    const activity = (
      await ok(asRep<{ scheduleActivity: { id: string } }>(SCHEDULE, { customerId: duplicate }))
    ).scheduleActivity.id;

    await publishFromCustomerService(
      platform,
      buildEvent('crm.customer.customer.merged', {
        subject: survivor,
        actor: SYSTEM_ACTOR,
        data: { customerId: survivor, mergedCustomerIds: [duplicate], mergedAt: new Date().toISOString() },
      }),
    );

    await waitFor(async () => {
      const { opportunity } = await ok(
        asRep<{ opportunity: { customer: { id: string } } }>(DEAL, { id: deal }),
      );
      if (opportunity.customer.id !== survivor) throw new Error('not re-pointed yet');
    });
    const { customer } = await ok(
      asRep<{
        customer: {
          opportunities: { edges: { node: { id: string } }[] };
          activities: { edges: { node: { id: string } }[] };
        };
      }>(CUSTOMER_DEALS, { id: survivor }),
    );
    expect(customer.opportunities.edges.map((edge) => edge.node.id)).toEqual([deal]);
    expect(customer.activities.edges.map((edge) => edge.node.id)).toEqual([activity]);
    expect(
      await salesQuery('SELECT id FROM known_customers WHERE id = ANY($1)', [[survivor, duplicate]]),
    ).toEqual([{ id: survivor }]);
    // The merged customer is gone for sales: no new deal can be opened on it.
    expect(errorOf(await asRep(CREATE_DEAL, { customerId: duplicate }))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.customerId',
    });
  });

  it('anonymises sales’ copies of an erased customer, keeping ids and amounts', async () => {
    const erased = await customerKnownToSales(platform, asRep, rep.userId);
    const deal = (await ok(asRep<{ createOpportunity: { id: string } }>(CREATE_DEAL, { customerId: erased })))
      .createOpportunity.id;
    const activity = (await ok(asRep<{ scheduleActivity: { id: string } }>(SCHEDULE, { customerId: erased })))
      .scheduleActivity.id;

    await publishFromCustomerService(
      platform,
      buildEvent('crm.customer.customer.erased', {
        subject: erased,
        actor: SYSTEM_ACTOR,
        data: { customerId: erased, erasedAt: new Date().toISOString() },
      }),
    );

    await waitFor(async () => {
      const [row] = await salesQuery('SELECT name FROM known_customers WHERE id = $1', [erased]);
      if (row.name !== 'Erased customer') throw new Error('not erased yet');
    });
    expect(await salesQuery('SELECT subject, notes FROM activities WHERE id = $1', [activity])).toEqual([
      { subject: 'Erased customer', notes: null },
    ]);
    expect(
      await salesQuery('SELECT customer_id, amount::text FROM opportunities WHERE id = $1', [deal]),
    ).toEqual([{ customer_id: erased, amount: '10.0000' }]);
  });
});
