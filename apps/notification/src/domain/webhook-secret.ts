import { randomBytes } from 'node:crypto';
import { badUserInput } from '@crm/errors';

/** Standard Webhooks' secret format: `whsec_` and the base64 of the key. https://www.standardwebhooks.com/ */
const PREFIX = 'whsec_';
/** The spec asks for keys of 24 to 64 bytes. */
const MIN_KEY_BYTES = 24;
const MAX_KEY_BYTES = 64;
const GENERATED_KEY_BYTES = 32;

/** A new random signing secret. */
export function generateWebhookSecret(): string {
  return PREFIX + randomBytes(GENERATED_KEY_BYTES).toString('base64');
}

/** A secret an admin gives, checked for the Standard Webhooks format. */
export function parseWebhookSecret(field: string, secret: string): string {
  const trimmed = secret.trim();
  const encoded = trimmed.startsWith(PREFIX) ? trimmed.slice(PREFIX.length) : null;
  const expectation = `must be "${PREFIX}" followed by the base64 of ${MIN_KEY_BYTES} to ${MAX_KEY_BYTES} random bytes; leave it out to get a generated one`;
  if (encoded === null || !/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) throw badUserInput(field, expectation);
  const bytes = Buffer.from(encoded, 'base64').length;
  if (bytes < MIN_KEY_BYTES || bytes > MAX_KEY_BYTES) {
    throw badUserInput(field, `${expectation} (got ${bytes} bytes)`);
  }
  return trimmed;
}
