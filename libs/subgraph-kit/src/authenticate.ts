import { GraphQLError } from 'graphql';
import { bearerTokenOf, InvalidTokenError, verifyAccessToken, type Caller } from '@crm/auth';
import { ErrorCode } from '@crm/errors';

const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } } });

/** Every subgraph request must carry a valid token, `_entities` included (DESIGN §6). */
export async function authenticate(authorization: string | undefined, secret: string): Promise<Caller> {
  const token = bearerTokenOf(authorization);
  if (!token) throw unauthenticated('Send an access token: Authorization: Bearer <token>');
  try {
    return await verifyAccessToken(token, secret);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticated(error.message);
    throw error;
  }
}
