import { devKeyFile, loadSigningKey, type SigningKey } from '@crm/auth';

/** The key identity signs user access tokens with: IDENTITY_SIGNING_KEY, or the development key file. */
export function loadIdentitySigningKey(): Promise<SigningKey> {
  return loadSigningKey(process.env.IDENTITY_SIGNING_KEY, devKeyFile('identity'));
}
