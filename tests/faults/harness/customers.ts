import { noneAcknowledged, type Acknowledged } from './deal-burst';
import type { FaultPlatform } from './fault-platform';
import { waitUntil } from './wait-until';

/**
 * Customers created through the gateway, one after the other; with `salesMustKnow`, returned
 * once sales has learnt every one of them from customer.created (it refuses deals on customers
 * it does not know).
 */
export async function createCustomers(
  platform: FaultPlatform,
  count: number,
  { salesMustKnow = true } = {},
): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const result = await platform.graphql<{ createCustomer: { id: string } }>(
      'mutation ($name: String!) { createCustomer(input: { kind: COMPANY, name: $name }) { id } }',
      { name: `Fault Suite Customer ${index + 1}` },
    );
    if (!result.data?.createCustomer)
      throw new Error(`createCustomer failed: ${JSON.stringify(result.errors)}`);
    ids.push(result.data.createCustomer.id);
  }
  if (salesMustKnow) {
    await waitUntil('sales to know every customer', async () => {
      const [{ known }] = await platform.rows<{ known: number }>(
        'SELECT count(*)::int AS known FROM sales.known_customers WHERE id = ANY($1::uuid[])',
        [ids],
      );
      return known === ids.length;
    });
  }
  return ids;
}

/** The acknowledgement of createCustomer mutations: one customer.created per customer. */
export function acknowledgedCustomers(ids: string[]): Acknowledged {
  const acknowledged = noneAcknowledged(['crm.customer.customer.created']);
  for (const id of ids) acknowledged.byKey.set(id, 1);
  acknowledged.total = ids.length;
  return acknowledged;
}
