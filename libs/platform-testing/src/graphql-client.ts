import { DEMO_ADMIN, signToken, USER_TOKEN, type Caller } from '@crm/auth';
import { loadIdentitySigningKey } from '@crm/identity';

export { DEMO_ADMIN };

export interface GraphQLResponse<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** A user access token as identity would issue it (same development key), for test setup. */
export async function tokenFor(caller: Caller = DEMO_ADMIN): Promise<string> {
  const key = await loadIdentitySigningKey();
  return signToken(caller, key, USER_TOKEN, '15m');
}

/** A plain HTTP GraphQL request, as any client app would send it. */
export async function graphqlRequest<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string | null,
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<TData>;
}
