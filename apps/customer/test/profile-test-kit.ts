import { randomUUID } from 'node:crypto';
import type { Caller } from '@crm/auth';
import { parseEvent, type AnyCloudEvent } from '@crm/events';
import type { Role } from '@crm/permissions';
import {
  graphqlRequest,
  tokenFor,
  waitFor,
  type EventProbe,
  type GraphQLResponse,
  type TestPlatform,
} from '@crm/platform-testing';

/** A signed-in user with these roles (a fresh id unless given). */
export const personWith = (roles: Role[], userId: string = randomUUID()): Caller => ({
  userId,
  roles,
  teamId: null,
  managedUserIds: [],
});

export const tokenOf = (roles: Role[], userId?: string) => tokenFor(personWith(roles, userId));

/** Sends one operation through the gateway as the holder of `token`. */
export const gatewayClient =
  (platform: () => TestPlatform) =>
  <T = Record<string, unknown>>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    graphqlRequest<T>(platform().gatewayUrl, query, variables, token);

/** The data of a response that must have succeeded. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as T;
}

/** The first Kafka event of `type` keyed by `key` that matches, once it has arrived. */
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

/** Rows of the customer service's database. */
export const countRows = async (platform: TestPlatform, table: string): Promise<number> =>
  Number((await platform.subgraphs.customer.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
