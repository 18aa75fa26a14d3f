/** Access tokens that identity issues to users, for the gateway. */
export const USER_TOKEN = { issuer: 'crm-identity', audience: 'crm-graph' } as const;

/** Short-lived tokens the gateway issues per request, with the subgraph as audience. */
export const INTERNAL_TOKEN_ISSUER = 'crm-gateway';

export interface TokenKind {
  issuer: string;
  audience: string;
}
