import { randomUUID } from 'node:crypto';

/**
 * Records of one caller for the authorization matrix's product, quote, contract, order and payment
 * rows: each mutating row gets its own record at a known version and state, so rows never disturb
 * each other.
 */
export interface SalesDocumentFixture {
  /** A product at version 1 with a EUR price. */
  productId: string;
  /** An open deal of the caller at version 1, for setOpportunityLineItems. */
  dealForLineItems: string;
  /** Quotes for the caller's customer: a draft (version 1) and two issued ones (version 2). */
  quotes: { draft: string; toAccept: string; toReject: string };
  /** Contracts for the caller's customer: a draft (version 1) and two signed ones (version 2). */
  contracts: { draft: string; toRenew: string; toTerminate: string };
  /** An order of 100 EUR placed from the contract to renew. */
  orderId: string;
}

type Send = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

const CREATE_QUOTE = `mutation ($customerId: ID!) {
  createQuote(input: { customerId: $customerId, currency: "EUR", validUntil: "2999-12-31", lines: [{ description: "Matrix", quantity: 1, unitPrice: "100" }] }) { id }
}`;
const CREATE_CONTRACT = `mutation ($customerId: ID!) {
  createContract(input: { customerId: $customerId, value: "100", currency: "EUR", startDate: "2026-01-01", endDate: "2026-12-31" }) { id }
}`;

/** Made by an admin, on a customer of `ownerId` that sales already knows. */
export async function createSalesDocumentFixture(
  send: Send,
  customerId: string,
  ownerId: string,
): Promise<SalesDocumentFixture> {
  const code = `MATRIX-${randomUUID()}`;
  const { createProduct } = await send<{ createProduct: { id: string } }>(
    `mutation ($code: String!) { createProduct(input: { code: $code, name: "Matrix" }) { id } }`,
    { code },
  );
  await send(
    `mutation ($id: ID!) { setProductPrice(input: { productId: $id, currency: "EUR", unitPrice: "1" }) { id } }`,
    {
      id: createProduct.id,
    },
  );
  const { createOpportunity } = await send<{ createOpportunity: { id: string } }>(
    `mutation ($customerId: ID!, $ownerId: ID) {
      createOpportunity(input: { customerId: $customerId, ownerId: $ownerId, name: "Matrix", amount: "1", currency: "EUR" }) { id }
    }`,
    { customerId, ownerId },
  );
  const quote = async (issued: boolean) => {
    const { createQuote } = await send<{ createQuote: { id: string } }>(CREATE_QUOTE, { customerId });
    if (issued)
      await send(`mutation ($id: ID!) { issueQuote(input: { id: $id, version: 1 }) { id } }`, {
        id: createQuote.id,
      });
    return createQuote.id;
  };
  const contract = async (signed: boolean) => {
    const { createContract } = await send<{ createContract: { id: string } }>(CREATE_CONTRACT, {
      customerId,
    });
    if (signed)
      await send(`mutation ($id: ID!) { moveContract(input: { id: $id, version: 1, to: SIGNED }) { id } }`, {
        id: createContract.id,
      });
    return createContract.id;
  };
  const contracts = {
    draft: await contract(false),
    toRenew: await contract(true),
    toTerminate: await contract(true),
  };
  const { placeOrder } = await send<{ placeOrder: { id: string } }>(
    `mutation ($id: ID!) { placeOrder(input: { contractId: $id }) { id } }`,
    { id: contracts.toRenew },
  );
  return {
    productId: createProduct.id,
    dealForLineItems: createOpportunity.id,
    quotes: { draft: await quote(false), toAccept: await quote(true), toReject: await quote(true) },
    contracts,
    orderId: placeOrder.id,
  };
}
