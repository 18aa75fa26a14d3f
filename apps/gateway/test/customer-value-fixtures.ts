/**
 * Customers of one caller for the authorization matrix's lifecycle and churn rows: each mutating
 * row gets its own customer in the stage it starts from, so rows never disturb each other.
 */
export interface CustomerValueFixture {
  /** PROSPECT: changeLifecycleStage moves it to CUSTOMER. */
  prospect: string;
  /** CUSTOMER: markCustomerChurned churns it. */
  active: string;
  /** CHURNED: winBackCustomer brings it back. */
  churned: string;
}

type Send = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

const CREATE = `mutation ($ownerId: ID) { createCustomer(input: { kind: COMPANY, name: "Matrix value", ownerId: $ownerId }) { id } }`;
const TO_CUSTOMER = `mutation ($id: ID!) { changeLifecycleStage(input: { customerId: $id, stage: CUSTOMER, reason: "Matrix" }) { id } }`;
const CHURN = `mutation ($id: ID!) { markCustomerChurned(input: { customerId: $id, reasonCategory: OTHER }) { id } }`;

/** Made by an admin for `ownerId`. */
export async function createCustomerValueFixture(send: Send, ownerId: string): Promise<CustomerValueFixture> {
  const customer = async () =>
    (await send<{ createCustomer: { id: string } }>(CREATE, { ownerId })).createCustomer.id;
  const [prospect, active, churned] = [await customer(), await customer(), await customer()];
  for (const id of [active, churned]) await send(TO_CUSTOMER, { id });
  await send(CHURN, { id: churned });
  return { prospect, active, churned };
}
