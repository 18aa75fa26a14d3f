import { devKeyFile, loadSigningKey, type SigningKey } from '@crm/auth';

/**
 * The key identity signs user access tokens with: IDENTITY_SIGNING_KEY (a private EC P-256 JWK
 * with a "kid", as JSON), or in development and tests a key file made on first use. Production
 * refuses to start without the variable: a key made on the fly would differ per replica.
 */
export async function loadIdentitySigningKey(
  nodeEnv = process.env.NODE_ENV,
  env = process.env,
): Promise<SigningKey> {
  const configured = env.IDENTITY_SIGNING_KEY;
  if (!configured && nodeEnv === 'production') {
    throw new Error(
      'IDENTITY_SIGNING_KEY must be set in production: a private EC P-256 JWK with a "kid", as JSON',
    );
  }
  return loadSigningKey(configured, devKeyFile('identity'));
}
