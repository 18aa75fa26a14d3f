import { randomUUID } from 'node:crypto';
import type { Caller } from '@crm/auth';
import { graphqlRequest, waitFor, type GraphQLResponse, type TestPlatform } from '@crm/testing';

/** Fixtures the sales document tests share: customers known to sales, deals, won deals, products. */

export type Send = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GraphQLResponse<T>>;

export const person = (roles: string[], overrides: Partial<Caller> = {}): Caller => ({
  userId: randomUUID(),
  roles,
  teamId: null,
  managedUserIds: [],
  ...overrides,
});

export const sender =
  (gatewayUrl: string, token: string): Send =>
  (query, variables = {}) =>
    graphqlRequest(gatewayUrl, query, variables, token);

/** The data of a response that must have succeeded. */
export async function ok<T>(response: Promise<GraphQLResponse<T>>): Promise<T> {
  const result = await response;
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

export const errorOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions ?? null;

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
