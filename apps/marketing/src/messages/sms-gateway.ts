import Handlebars from 'handlebars';

/**
 * An SMS provider reached over HTTP: most take a POST with the number and the text in a body of
 * their own shape, so the URL, the authorization header and the body are configuration.
 */
export interface SmsGatewayConfig {
  url: string;
  /** The Authorization header's value, e.g. `Bearer …` or `Basic …`. */
  authorization: string | undefined;
  /** The request body with {{{to}}}, {{{text}}} and {{{from}}} filled in (as JSON strings). */
  body: (values: { to: string; text: string; from: string }) => string;
  contentType: string;
  from: string;
}

export type SmsOutcome =
  { kind: 'sent' } | { kind: 'rejected'; detail: string } | { kind: 'retry'; detail: string };

const DEFAULT_BODY = '{"to": {{{to}}}, "from": {{{from}}}, "text": {{{text}}} }';
const TIMEOUT_MS = 10_000;

/** MARKETING_SMS_URL (unset: no gateway), MARKETING_SMS_AUTHORIZATION, MARKETING_SMS_BODY, MARKETING_SMS_FROM. */
export function parseSmsGateway(env: NodeJS.ProcessEnv): SmsGatewayConfig | null {
  const url = env.MARKETING_SMS_URL?.trim();
  if (!url) return null;
  if (!URL.canParse(url)) throw new Error(`MARKETING_SMS_URL: must be a URL, got "${url}"`);
  const bodyTemplate = env.MARKETING_SMS_BODY ?? DEFAULT_BODY;
  try {
    Handlebars.precompile(bodyTemplate);
  } catch (error) {
    throw new Error(`MARKETING_SMS_BODY: not a valid template: ${String(error).split('\n')[0]}`);
  }
  return {
    url,
    authorization: env.MARKETING_SMS_AUTHORIZATION,
    body: Handlebars.compile(bodyTemplate, { noEscape: true }),
    contentType: env.MARKETING_SMS_CONTENT_TYPE ?? 'application/json',
    from: env.MARKETING_SMS_FROM ?? 'CRM',
  };
}

/**
 * Hands one SMS to the gateway: 2xx is sent, another 4xx is a refusal that retrying will not change
 * (a bad number), and 408, 429, 5xx or no answer are worth another try.
 */
export async function sendSms(gateway: SmsGatewayConfig, to: string, text: string): Promise<SmsOutcome> {
  const body = gateway.body({
    to: JSON.stringify(to),
    text: JSON.stringify(text),
    from: JSON.stringify(gateway.from),
  });
  try {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: {
        'content-type': gateway.contentType,
        ...(gateway.authorization ? { authorization: gateway.authorization } : {}),
      },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (response.ok) return { kind: 'sent' };
    const detail = `SMS gateway answered ${response.status}: ${(await response.text()).slice(0, 200)}`;
    const retry = response.status === 408 || response.status === 429 || response.status >= 500;
    return { kind: retry ? 'retry' : 'rejected', detail };
  } catch (error) {
    return {
      kind: 'retry',
      detail: `SMS gateway unreachable: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
