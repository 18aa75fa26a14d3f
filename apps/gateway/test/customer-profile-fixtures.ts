/**
 * Records of one caller for the authorization matrix's profile rows (issue 4 item 1): a customer
 * that only these rows change (so its version stays predictable), a contact on it, and a customer
 * that eraseCustomer may erase without disturbing any other row.
 */
export interface CustomerProfileFixture {
  /** At version 1 when the rows start: updateCustomer is the only row that changes it. */
  customerId: string;
  /** A non-primary contact of customerId, at version 1. */
  contactId: string;
  /** Erased by the eraseCustomer row. */
  erasableCustomerId: string;
}

type Send = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

const CREATE = `mutation ($ownerId: ID) { createCustomer(input: { kind: COMPANY, name: "Matrix profile", ownerId: $ownerId }) { id } }`;
const CREATE_CONTACT = `mutation ($customerId: ID!) {
  createContact(input: { customerId: $customerId, firstName: "Matrix", lastName: "Contact" }) { id }
}`;

/** Made by an admin for `ownerId`. */
export async function createCustomerProfileFixture(
  send: Send,
  ownerId: string,
): Promise<CustomerProfileFixture> {
  const customer = async () =>
    (await send<{ createCustomer: { id: string } }>(CREATE, { ownerId })).createCustomer.id;
  const [customerId, erasableCustomerId] = [await customer(), await customer()];
  const { createContact } = await send<{ createContact: { id: string } }>(CREATE_CONTACT, { customerId });
  return { customerId, contactId: createContact.id, erasableCustomerId };
}
