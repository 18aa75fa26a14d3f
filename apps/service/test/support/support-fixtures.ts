import { randomUUID } from 'node:crypto';
import { graphqlRequest, waitFor, type TestPlatform } from '@crm/platform-testing';

/** Sends one GraphQL request that must succeed, and returns its data. */
export async function send<T>(
  platform: TestPlatform,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await graphqlRequest<T>(platform.gatewayUrl, query, variables, token);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

/** The service learns customers, contacts and teams from events: waits until it knows `id`. */
export const knownToService = (platform: TestPlatform, table: string, id: string) =>
  waitFor(async () => {
    const rows = await platform.subgraphs.service.dataSource.query(`SELECT id FROM ${table} WHERE id = $1`, [
      id,
    ]);
    expect(rows).toHaveLength(1);
  });

export async function createCustomer(platform: TestPlatform, admin: string, name: string): Promise<string> {
  const { createCustomer: customer } = await send<{ createCustomer: { id: string } }>(
    platform,
    admin,
    `mutation ($name: String!) { createCustomer(input: { kind: COMPANY, name: $name }) { id } }`,
    { name },
  );
  await knownToService(platform, 'known_customers', customer.id);
  return customer.id;
}

export async function createContact(
  platform: TestPlatform,
  admin: string,
  customerId: string,
  email: string,
): Promise<string> {
  const { createContact: contact } = await send<{ createContact: { id: string } }>(
    platform,
    admin,
    `mutation ($customerId: ID!, $email: String!) {
       createContact(input: { customerId: $customerId, firstName: "Grace", lastName: "Hopper", email: $email }) { id }
     }`,
    { customerId, email },
  );
  await knownToService(platform, 'known_contacts', contact.id);
  return contact.id;
}

/**
 * Sends a create that must succeed, again with the same idempotency key while the platform is too
 * busy to answer in time (a shared test machine): the first result counts, nothing is made twice.
 */
function create<T>(platform: TestPlatform, admin: string, query: string, variables: Record<string, unknown>) {
  const idempotencyKey = randomUUID();
  return waitFor(() => send<T>(platform, admin, query, { ...variables, idempotencyKey }), {
    timeoutMs: 120_000,
  });
}

/** A support manager in identity, to lead the test's teams. */
export async function createSupportManager(platform: TestPlatform, admin: string): Promise<string> {
  const { createUser } = await create<{ createUser: { id: string } }>(
    platform,
    admin,
    `mutation ($email: String!, $idempotencyKey: String) {
       createUser(input: { name: "Support lead", email: $email, roles: ["SUPPORT_MANAGER"], idempotencyKey: $idempotencyKey }) { id }
     }`,
    { email: `lead-${randomUUID()}@example.com` },
  );
  return createUser.id;
}

/** A support team (a queue) led by `managerId`, once the service knows it. */
export async function createSupportTeam(
  platform: TestPlatform,
  admin: string,
  name: string,
  managerId: string,
) {
  const { createTeam } = await create<{ createTeam: { id: string } }>(
    platform,
    admin,
    `mutation ($name: String!, $managerId: ID!, $idempotencyKey: String) {
       createTeam(input: { name: $name, managerId: $managerId, idempotencyKey: $idempotencyKey }) { id }
     }`,
    { name: `${name} ${randomUUID()}`, managerId },
  );
  await knownToService(platform, 'known_teams', createTeam.id);
  return createTeam.id;
}

export const SET_MAILBOX = `mutation ($input: SetQueueMailboxInput!) {
  setQueueMailbox(input: $input) { address queue { id } unknownRequesterCustomer { id } version }
}`;
