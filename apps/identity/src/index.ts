/**
 * The package entry of @crm/identity: what other projects may use of this app (the in-process test
 * platform, scripts). main.ts runs the service; nothing else reaches into src/.
 */
export { startIdentitySubgraph, identityTypeDefs } from './identity-subgraph';
export { loadIdentitySigningKey } from './identity-signing-key';
// `npm run token` signs a user's token as login would.
export { accessTokenFor } from './sessions/access-token';
export { RefreshToken } from './data/refresh-token.entity';
export { Team } from './data/team.entity';
export { User } from './data/user.entity';
export { ACCOUNT_LOCKOUT, CLIENT_ADDRESS_LOCKOUT, clientAddressAuditId } from './domain/login-lockout';
