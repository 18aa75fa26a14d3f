import { badUserInput } from '@crm/errors';

const MAX_URL_LENGTH = 2000;

/**
 * An endpoint URL as an admin gives it: absolute http(s), no user name or password (the
 * signature authenticates us; credentials in a URL end up in logs). Whether its host may be
 * reached is checked separately, against its resolved addresses.
 */
export function parseWebhookUrl(field: string, value: string): URL {
  const text = value.trim();
  if (text.length > MAX_URL_LENGTH) throw badUserInput(field, `must be at most ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badUserInput(field, `must be an absolute http or https URL (got "${text.slice(0, 100)}")`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw badUserInput(field, `must be an http or https URL (got ${url.protocol.replace(':', '')})`);
  if (url.username || url.password)
    throw badUserInput(
      field,
      'must not contain a user name or password: the signature authenticates the sender',
    );
  if (url.hash) throw badUserInput(field, 'must not contain a fragment (#…): it is never sent');
  return url;
}

/** Scheme, host and port: what events and logs show of an endpoint (its path may carry a token). */
export const targetOf = (url: string): string => new URL(url).origin;
