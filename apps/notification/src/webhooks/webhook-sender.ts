import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { CLOUD_EVENT_CONTENT_TYPE, type CloudEvent } from '@crm/events';
import { isAccepted, type WebhookAttemptResult } from '../domain/webhook-delivery-outcome';
import { checkedAddressesOf, type CheckedAddress } from './webhook-target-guard';
import type { WebhookSettings } from './webhook-settings';

/** The log keeps the start of an answer; the rest is not even read. */
export const RESPONSE_EXCERPT_BYTES = 2048;

export interface WebhookRequest {
  url: string;
  secret: string;
  event: CloudEvent<string, object>;
}

/** A lookup that answers with the address checked before, so the name is not resolved twice (DNS rebinding). */
function pinnedLookup({ address, family }: CheckedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

/**
 * The Standard Webhooks headers (https://www.standardwebhooks.com/): `webhook-id` is the event id,
 * the same on every try, so a receiver can drop repeats; the timestamp is the wall clock's, as the
 * receiver compares it with its own to refuse replays.
 */
function signedHeaders(request: WebhookRequest, body: string): Record<string, string> {
  const timestamp = new Date();
  return {
    'content-type': CLOUD_EVENT_CONTENT_TYPE,
    'user-agent': 'crm-webhooks/1',
    'webhook-id': request.event.id,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': new Webhook(request.secret).sign(request.event.id, timestamp, body),
  };
}

/** The start of the body, then the connection is dropped: a receiver cannot make us read megabytes. */
async function excerptOf(response: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= RESPONSE_EXCERPT_BYTES) break;
  }
  response.destroy();
  return Buffer.concat(chunks).subarray(0, RESPONSE_EXCERPT_BYTES).toString('utf8');
}

function post(
  url: URL,
  target: CheckedAddress,
  headers: Record<string, string>,
  body: string,
  settings: WebhookSettings,
): Promise<{ statusCode: number; excerpt: string }> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      lookup: pinnedLookup(target),
      agent: false,
      signal: AbortSignal.timeout(settings.responseTimeoutMs),
    });
    const connectTimer = setTimeout(
      () => request.destroy(new Error(`connect timed out after ${settings.connectTimeoutMs} ms`)),
      settings.connectTimeoutMs,
    );
    request.on('socket', (socket) => socket.once('connect', () => clearTimeout(connectTimer)));
    request.on('error', (error) => {
      clearTimeout(connectTimer);
      reject(error);
    });
    request.on('response', (response) => {
      clearTimeout(connectTimer);
      excerptOf(response).then(
        (excerpt) => resolve({ statusCode: response.statusCode ?? 0, excerpt }),
        reject,
      );
    });
    request.end(body);
  });
}

/** Duck-typed: errors from node's own modules may come from another realm (instanceof fails). */
function messageOf(error: unknown): string {
  const { name, message } = (error ?? {}) as { name?: string; message?: string };
  if (name === 'AbortError' || name === 'TimeoutError')
    return 'no complete answer in time (WEBHOOK_RESPONSE_TIMEOUT_MS)';
  return message || String(error);
}

/**
 * One try: the event as a structured-mode CloudEvent (https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/bindings/http-protocol-binding.md#32-structured-content-mode),
 * signed, POSTed to the checked address of the endpoint. Redirects are not followed. Never throws.
 */
export async function sendWebhook(
  request: WebhookRequest,
  settings: WebhookSettings,
): Promise<WebhookAttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const url = new URL(request.url);
    const [target] = await checkedAddressesOf(url, settings.allowPrivateTargets);
    const body = JSON.stringify(request.event);
    const { statusCode, excerpt } = await post(url, target, signedHeaders(request, body), body, settings);
    return {
      statusCode,
      error: isAccepted(statusCode) ? null : `HTTP ${statusCode}`,
      durationMs: elapsed(),
      responseExcerpt: excerpt || null,
    };
  } catch (error) {
    return { statusCode: null, error: messageOf(error), durationMs: elapsed(), responseExcerpt: null };
  }
}
