import { waitFor } from '@crm/platform-testing';

/**
 * A caller's loyalty records for the authorization matrix's loyalty rows: a programme, a member
 * with points to redeem (the caller's customer, paid on the documents fixture's order) and a
 * customer of their own to enrol.
 */
export interface LoyaltyFixture {
  programmeId: string;
  /** The caller's customer's membership, with at least 10 points. */
  memberId: string;
  /** Not a member yet: enrollCustomer's row enrols it. */
  customerToEnrol: string;
}

type Send = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

const CREATE_PROGRAMME = `mutation { createLoyaltyProgramme(input: {
  name: "Matrix", currency: "EUR", pointsPerUnit: "1", levelBasis: POINTS,
  levels: [{ name: "Member", threshold: "0", pointsMultiplier: "1", quoteDiscountPercent: "0" }]
}) { id } }`;
const ENROL = `mutation ($p: ID!, $c: ID!) { enrollCustomer(programmeId: $p, customerId: $c) { id } }`;
const PAY = `mutation ($id: ID!) {
  recordPayment(input: { orderId: $id, amount: "10", currency: "EUR", receivedAt: "2026-01-16T10:00:00Z" }) { id }
}`;
const BALANCE = `query ($id: ID!) { customer(id: $id) { loyalty { balance } } }`;

/** Made by an admin after the documents fixture placed `orderId` for `customerId`. */
export async function createLoyaltyFixture(
  send: Send,
  customerId: string,
  orderId: string,
): Promise<LoyaltyFixture> {
  const { createLoyaltyProgramme } = await send<{ createLoyaltyProgramme: { id: string } }>(CREATE_PROGRAMME);
  const programmeId = createLoyaltyProgramme.id;
  const { enrollCustomer } = await send<{ enrollCustomer: { id: string } }>(ENROL, {
    p: programmeId,
    c: customerId,
  });
  await send(PAY, { id: orderId });
  await waitFor(async () => {
    const { customer } = await send<{ customer: { loyalty: { balance: number } } }>(BALANCE, {
      id: customerId,
    });
    if (customer.loyalty.balance < 10) throw new Error('the payment has not earned its points yet');
  });
  const { createCustomer } = await send<{ createCustomer: { id: string } }>(
    `mutation { createCustomer(input: { kind: PERSON, name: "Matrix member" }) { id } }`,
  );
  return { programmeId, memberId: enrollCustomer.id, customerToEnrol: createCustomer.id };
}
