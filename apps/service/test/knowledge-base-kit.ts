import { randomUUID } from 'node:crypto';
import { parseEvent, type AnyCloudEvent } from '@crm/events';
import {
  graphqlRequest,
  waitFor,
  type EventProbe,
  type GraphQLResponse,
  type TestPlatform,
} from '@crm/platform-testing';

/** Sends one operation through the gateway as the holder of `token`. */
export const gatewayOf =
  (platform: () => TestPlatform) =>
  <T = Record<string, unknown>>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    graphqlRequest<T>(platform().gatewayUrl, query, variables, token);

/** The data of a response that must have succeeded. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as T;
}

/** The first error's code and field, for bad-input assertions. */
export const problemOf = (response: GraphQLResponse<unknown>) => ({
  code: response.errors?.[0]?.extensions?.code,
  field: response.errors?.[0]?.extensions?.field,
  message: response.errors?.[0]?.message,
});

/** The service learns customers and teams from their events; records may reference them then. */
export const knownToService = (platform: TestPlatform, table: string, id: string) =>
  waitFor(async () => {
    const rows = await platform.subgraphs.service.dataSource.query(`SELECT id FROM ${table} WHERE id = $1`, [
      id,
    ]);
    expect(rows).toHaveLength(1);
  });

/** A customer made in the customer service, once the service knows it. */
export async function createKnownCustomer(
  platform: TestPlatform,
  admin: string,
  name: string,
): Promise<string> {
  const send = gatewayOf(() => platform);
  const { createCustomer } = dataOf(
    await send<{ createCustomer: { id: string } }>(
      admin,
      `mutation ($name: String!) { createCustomer(input: { kind: COMPANY, name: $name }) { id } }`,
      { name },
    ),
  );
  await knownToService(platform, 'known_customers', createCustomer.id);
  return createCustomer.id;
}

/** A support team made in identity (its queue), once the service knows it. */
export async function createKnownTeam(platform: TestPlatform, admin: string): Promise<string> {
  const send = gatewayOf(() => platform);
  const { createUser } = dataOf(
    await send<{ createUser: { id: string } }>(
      admin,
      `mutation ($email: String!) { createUser(input: { name: "Support lead", email: $email, roles: ["SUPPORT_MANAGER"] }) { id } }`,
      { email: `lead-${randomUUID()}@example.com` },
    ),
  );
  const { createTeam } = dataOf(
    await send<{ createTeam: { id: string } }>(
      admin,
      `mutation ($name: String!, $managerId: ID!) { createTeam(input: { name: $name, managerId: $managerId }) { id } }`,
      { name: `Support ${randomUUID()}`, managerId: createUser.id },
    ),
  );
  await knownToService(platform, 'known_teams', createTeam.id);
  return createTeam.id;
}

/** The first Kafka event of `type` keyed by `key` that matches, validated against its catalogue schema. */
export function eventOn(
  probe: EventProbe,
  type: string,
  key: string,
  matches: (event: AnyCloudEvent) => boolean = () => true,
): Promise<AnyCloudEvent> {
  return waitFor(() => {
    const found = probe.messages
      .filter((message) => message.key === key)
      .map((message) => parseEvent(message.value))
      .find((event) => event.type === type && matches(event));
    if (!found) throw new Error(`${type} for ${key} not on Kafka yet`);
    return found;
  });
}
