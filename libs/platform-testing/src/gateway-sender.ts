import type { Caller } from '@crm/auth';
import { graphqlRequest, tokenFor, type GraphQLResponse } from './graphql-client';

/** Sends one operation through the gateway as one signed-in user. */
export type Send = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GraphQLResponse<T>>;

export const sender =
  (gatewayUrl: string, token: string): Send =>
  (query, variables = {}) =>
    graphqlRequest(gatewayUrl, query, variables, token);

/** A Send for each named caller, each signed in with its own token. */
export async function sendersFor<Name extends string>(
  gatewayUrl: string,
  callers: Record<Name, Caller>,
): Promise<Record<Name, Send>> {
  const senders = {} as Record<Name, Send>;
  for (const name of Object.keys(callers) as Name[])
    senders[name] = sender(gatewayUrl, await tokenFor(callers[name]));
  return senders;
}

/** The data of a response that must have succeeded. */
export async function ok<T>(response: Promise<GraphQLResponse<T>>): Promise<T> {
  const result = await response;
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

/** The extensions (code, field) of a response's first error, null when it succeeded. */
export const errorOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions ?? null;

/** The error codes of a response, in order; empty when it succeeded. */
export const codesOf = (response: GraphQLResponse) =>
  (response.errors ?? []).map((error) => error.extensions?.code);
