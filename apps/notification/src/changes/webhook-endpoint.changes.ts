import { newId } from '@crm/db';
import { conflict } from '@crm/errors';
import { runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import type { WebhookEventFilter } from '../domain/webhook-event-filter';
import { targetOf } from '../domain/webhook-url';
import { WebhookEndpointSecret } from '../data/webhook-endpoint-secret.entity';
import { WebhookEndpoint } from '../data/webhook-endpoint.entity';
import { webhookEndpointEvent, webhookEndpointRegisteredEvent } from '../events/webhook.events';
import { WebhookDelivery } from '../data/webhook-delivery.entity';

export interface WebhookEndpointFields {
  url: string;
  description: string | null;
  eventTypes: WebhookEventFilter;
  secret: string;
}

/** An endpoint and its secret, which only its registration and rotation show. */
export interface EndpointWithSecret {
  endpoint: WebhookEndpoint;
  secret: string;
}

/** The secret row is written without an audit entry: no audit trail may hold a signing key. */
const storeSecret = (change: Change, endpointId: string, secret: string) =>
  change.manager.upsert(WebhookEndpointSecret, { endpointId, secret }, ['endpointId']);

export function registerWebhookEndpoint(
  scope: ChangeScope,
  fields: WebhookEndpointFields,
  now: Date,
): Promise<EndpointWithSecret> {
  return runChange(scope, async (change) => {
    const endpoint = Object.assign(new WebhookEndpoint(), {
      id: newId(),
      url: fields.url,
      description: fields.description,
      eventTypes: fields.eventTypes,
      enabled: true,
      disabledReason: null,
      consecutiveFailures: 0,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await change.insert(WebhookEndpoint, endpoint, {
      action: 'registerWebhookEndpoint',
      shown: auditedEndpoint(endpoint),
    });
    await storeSecret(change, endpoint.id, fields.secret);
    change.publish(webhookEndpointRegisteredEvent(endpoint, change.origin));
    return { endpoint, secret: fields.secret };
  });
}

/** What the audit trail shows of an endpoint: its target, not the URL's path or query (often a token). */
function auditedEndpoint(endpoint: WebhookEndpoint): object {
  const { url, ...fields } = endpoint;
  return { ...fields, target: targetOf(url) };
}

/** Every PENDING delivery of an endpoint that stops receiving is given up (a replay can still send one). */
async function giveUpPendingDeliveries(change: Change, endpointId: string): Promise<void> {
  await change.manager.update(
    WebhookDelivery,
    { endpointId, status: 'PENDING' },
    { status: 'FAILED', nextAttemptAt: null, version: () => 'version + 1' },
  );
}

type Seen = { id: string; version?: number | null };

/** Sends events to a disabled endpoint again, its failure count from zero. */
export function enableWebhookEndpoint(scope: ChangeScope, seen: Seen, now: Date): Promise<WebhookEndpoint> {
  return runChange(scope, async (change) => {
    const before = await change.lock(WebhookEndpoint, seen.id, { version: seen.version, field: 'id' });
    if (before.enabled) return before;
    const after = await change.update(
      WebhookEndpoint,
      before,
      { enabled: true, disabledReason: null, consecutiveFailures: 0, updatedAt: now },
      { action: 'enableWebhookEndpoint' },
    );
    change.publish(
      webhookEndpointEvent('crm.notification.webhook_endpoint.enabled', before.id, change.origin, {
        enabledAt: now.toISOString(),
      }),
    );
    return after;
  });
}

/**
 * Stops sending to an endpoint: by an admin, or after too many failed tries in a row (called
 * inside the change that recorded the last one). Its pending deliveries are given up.
 */
export async function disableEndpointWithin(
  change: Change,
  before: WebhookEndpoint,
  reason: 'BY_ADMIN' | 'CONSECUTIVE_FAILURES',
  consecutiveFailures: number,
  now: Date,
): Promise<WebhookEndpoint> {
  const after = await change.update(
    WebhookEndpoint,
    before,
    { enabled: false, disabledReason: reason, consecutiveFailures, updatedAt: now },
    { action: reason === 'BY_ADMIN' ? 'disableWebhookEndpoint' : 'disableFailingWebhookEndpoint' },
  );
  await giveUpPendingDeliveries(change, before.id);
  change.publish(
    webhookEndpointEvent('crm.notification.webhook_endpoint.disabled', before.id, change.origin, {
      reason,
      consecutiveFailures,
      disabledAt: now.toISOString(),
    }),
  );
  return after;
}

export function disableWebhookEndpoint(scope: ChangeScope, seen: Seen, now: Date): Promise<WebhookEndpoint> {
  return runChange(scope, async (change) => {
    const before = await change.lock(WebhookEndpoint, seen.id, { version: seen.version, field: 'id' });
    if (!before.enabled) return before;
    return disableEndpointWithin(change, before, 'BY_ADMIN', before.consecutiveFailures, now);
  });
}

/** A new signing secret; tries from now on are signed with it. */
export function rotateWebhookSecret(
  scope: ChangeScope,
  seen: Seen,
  secret: string,
  now: Date,
): Promise<EndpointWithSecret> {
  return runChange(scope, async (change) => {
    const before = await change.lock(WebhookEndpoint, seen.id, { version: seen.version, field: 'id' });
    const endpoint = await change.update(
      WebhookEndpoint,
      before,
      { updatedAt: now },
      {
        action: 'rotateWebhookSecret',
      },
    );
    await storeSecret(change, before.id, secret);
    change.publish(
      webhookEndpointEvent('crm.notification.webhook_endpoint.secret_rotated', before.id, change.origin, {
        rotatedAt: now.toISOString(),
      }),
    );
    return { endpoint, secret };
  });
}

/** Deletes an endpoint with its secret and delivery log. */
export function deleteWebhookEndpoint(scope: ChangeScope, seen: Seen, now: Date): Promise<string> {
  return runChange(scope, async (change) => {
    const before = await change.lock(WebhookEndpoint, seen.id, { version: seen.version, field: 'id' });
    const { affected } = await change.manager.delete(WebhookEndpoint, { id: before.id });
    if (affected !== 1) throw conflict(`webhook endpoint ${before.id} was deleted meanwhile`);
    change.audit({
      action: 'deleteWebhookEndpoint',
      entityType: 'WebhookEndpoint',
      entityId: before.id,
      before: auditedEndpoint(before),
      after: null,
    });
    change.publish(
      webhookEndpointEvent('crm.notification.webhook_endpoint.deleted', before.id, change.origin, {
        deletedAt: now.toISOString(),
      }),
    );
    return before.id;
  });
}
