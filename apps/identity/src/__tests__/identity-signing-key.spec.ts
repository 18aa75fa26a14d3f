import { loadIdentitySigningKey } from '../identity-signing-key';

describe('loadIdentitySigningKey', () => {
  it('refuses to run in production without IDENTITY_SIGNING_KEY', async () => {
    await expect(loadIdentitySigningKey('production', {})).rejects.toThrow(
      /IDENTITY_SIGNING_KEY must be set/,
    );
  });

  it('uses the configured private JWK', async () => {
    const jwk = {
      kty: 'EC',
      crv: 'P-256',
      kid: 'identity-test',
      x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
      y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
      d: 'jpsQnnGQmL-YBIffH1136cLyzSmHQTdIsSmGKGb0oG0',
    };
    const key = await loadIdentitySigningKey('production', { IDENTITY_SIGNING_KEY: JSON.stringify(jwk) });
    expect(key.kid).toBe('identity-test');
    expect(key.publicJwk).not.toHaveProperty('d');
  });
});
