import { randomUUID } from 'node:crypto';
import { ok, waitFor, type Send, type TestPlatform } from '@crm/platform-testing';

/** Fixtures the sales tests share: customers known to sales, deals, won deals, priced products. */

/** A customer owned by `ownerId`; returns once sales has learned it from customer.created. */
export async function customerKnownToSales(
  platform: TestPlatform,
  send: Send,
  ownerId: string | null = null,
): Promise<string> {
  const { createCustomer } = await ok(
    send<{ createCustomer: { id: string } }>(
      `mutation ($ownerId: ID) { createCustomer(input: { kind: COMPANY, name: "Docs Co", ownerId: $ownerId }) { id } }`,
      { ownerId },
    ),
  );
  await waitFor(async () => {
    const rows: unknown[] = await platform.subgraphs.sales.dataSource.query(
      'SELECT 1 FROM known_customers WHERE id = $1',
      [createCustomer.id],
    );
    if (!rows.length) throw new Error('sales has not seen the customer yet');
  });
  return createCustomer.id;
}

export interface Deal {
  id: string;
  version: number;
}

export async function openDeal(
  send: Send,
  customerId: string,
  input: Record<string, unknown> = {},
): Promise<Deal> {
  const { createOpportunity } = await ok(
    send<{ createOpportunity: Deal }>(
      `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }`,
      { input: { customerId, name: 'Fleet rollout', amount: '1000', currency: 'EUR', ...input } },
    ),
  );
  return createOpportunity;
}

export async function winDeal(send: Send, deal: Deal): Promise<Deal> {
  const { winOpportunity } = await ok(
    send<{ winOpportunity: Deal }>(
      `mutation ($id: ID!, $version: Int!) { winOpportunity(id: $id, version: $version, reason: "Best fit") { id version } }`,
      deal as unknown as Record<string, unknown>,
    ),
  );
  return winOpportunity;
}

/** An active product with prices; the code is unique per call. */
export async function pricedProduct(
  send: Send,
  prices: Record<string, string>,
  name = 'Telematics unit',
): Promise<{ id: string; code: string }> {
  const code = `P-${randomUUID().slice(0, 8)}`;
  const { createProduct } = await ok(
    send<{ createProduct: { id: string; code: string } }>(
      `mutation ($code: String!, $name: String!) { createProduct(input: { code: $code, name: $name }) { id code } }`,
      { code, name },
    ),
  );
  for (const [currency, unitPrice] of Object.entries(prices)) {
    await ok(
      send(`mutation ($input: SetProductPriceInput!) { setProductPrice(input: $input) { id } }`, {
        input: { productId: createProduct.id, currency, unitPrice },
      }),
    );
  }
  return createProduct;
}

export const dataOf = <T>(message: { value: string }) => (JSON.parse(message.value) as { data: T }).data;
export const typeOf = (message: { value: string }) => (JSON.parse(message.value) as { type: string }).type;
