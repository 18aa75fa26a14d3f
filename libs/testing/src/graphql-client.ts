import { signAccessToken, type Caller } from '@crm/auth';
import { DEV_AUTH_TOKEN_SECRET } from '@crm/config';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export const DEMO_ADMIN: Caller = { userId: '00000000-0000-7000-8000-000000000001', roles: ['ADMIN'] };

export function tokenFor(caller: Caller = DEMO_ADMIN, secret = DEV_AUTH_TOKEN_SECRET): Promise<string> {
  return signAccessToken(caller, secret);
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
