import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from 'jose';

export const SIGNING_ALGORITHM = 'ES256';

/** A private key that signs tokens and the public JWK others verify them with (RFC 7517). */
export interface SigningKey {
  kid: string;
  privateKey: KeyLike;
  publicJwk: JWK;
}

async function fromPrivateJwk(privateJwk: JWK): Promise<SigningKey> {
  if (!privateJwk.kid || !privateJwk.d)
    throw new Error('A signing key must be a private EC JWK with a "kid"');
  const { d: _private, ...publicJwk } = privateJwk;
  const privateKey = (await importJWK(privateJwk, SIGNING_ALGORITHM)) as KeyLike;
  return { kid: privateJwk.kid, privateKey, publicJwk: { ...publicJwk, alg: SIGNING_ALGORITHM, use: 'sig' } };
}

async function generatePrivateJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  return { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: SIGNING_ALGORITHM };
}

/**
 * The key from `configured` (a private JWK as JSON, e.g. from a secret store), or in development a
 * key kept in `devFile`, made on first use so tokens survive restarts.
 */
export async function loadSigningKey(configured: string | undefined, devFile: string): Promise<SigningKey> {
  if (configured) return fromPrivateJwk(JSON.parse(configured) as JWK);
  if (process.env.NODE_ENV === 'production') {
    throw new Error(`No signing key configured: production never uses the development key file ${devFile}`);
  }
  if (!existsSync(devFile)) {
    mkdirSync(dirname(devFile), { recursive: true });
    try {
      writeFileSync(devFile, JSON.stringify(await generatePrivateJwk()), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process made it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return fromPrivateJwk(JSON.parse(readFileSync(devFile, 'utf8')) as JWK);
}

/** The JSON Web Key Set a service publishes at /.well-known/jwks.json. */
export function jwksOf(...keys: SigningKey[]): { keys: JWK[] } {
  return { keys: keys.map((key) => key.publicJwk) };
}

/** Where development keys live: git-ignored, beside the other local state. */
export const devKeyFile = (name: string) => resolve('.cache', 'keys', `${name}.jwk`);
