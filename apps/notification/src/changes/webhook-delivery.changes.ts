import { notFound } from '@crm/errors';
import { newId } from '@crm/db';
import type { CloudEvent } from '@crm/events';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { outcomeOfAttempt, type WebhookAttemptResult } from '../domain/webhook-delivery-outcome';
import { filterAccepts } from '../domain/webhook-event-filter';
import { endpointsReceiving } from '../data/webhook.repository';
import { WebhookDeliveryAttempt } from '../data/webhook-delivery-attempt.entity';
import { WebhookDelivery } from '../data/webhook-delivery.entity';
import { WebhookEndpoint } from '../data/webhook-endpoint.entity';
import { webhookAttemptEvent } from '../events/webhook.events';
import { disableEndpointWithin } from './webhook-endpoint.changes';

// The delivery log is the record of deliveries: its rows are written without audit entries, or
// every event sent would add an audit event of its own (endpoint changes are audited).

/**
 * A consumed event becomes one PENDING delivery per enabled endpoint whose filter takes it, due
 * now. Run in the consumer's transaction; the unique (event, endpoint) makes a redelivery a no-op.
 */
export function recordWebhookDeliveries(
  scope: ChangeScope,
  event: CloudEvent<string, object>,
  now: Date,
): Promise<void> {
  return runChange(scope, async (change) => {
    if (!filterAccepts(null, event.type)) return;
    const endpoints = await endpointsReceiving(change.manager, event.type);
    if (endpoints.length === 0) return;
    await change.manager
      .createQueryBuilder()
      .insert()
      .into(WebhookDelivery)
      .values(
        endpoints.map((endpoint) => ({
          id: newId(),
          endpointId: endpoint.id,
          eventId: event.id,
          eventType: event.type,
          event,
          status: 'PENDING' as const,
          attemptCount: 0,
          firstAttemptAt: null,
          nextAttemptAt: now,
          lastStatusCode: null,
          lastError: null,
          deliveredAt: null,
          createdAt: now,
          version: 1,
        })),
      )
      .orIgnore()
      .execute();
  });
}

export interface AttemptRules {
  disableAfterFailures: number;
  /** In [0, 1): spreads the retries (Math.random outside tests). */
  random: () => number;
}

/**
 * Records one try made at `at`: the attempt in the log, the delivery's new state and the next try
 * if one is due, the endpoint's run of failures (disabling it after too many), and the
 * `delivered` or `failed` event.
 */
export function recordWebhookAttempt(
  scope: ChangeScope,
  deliveryId: string,
  result: WebhookAttemptResult,
  at: Date,
  rules: AttemptRules,
): Promise<WebhookDelivery> {
  return runChange(scope, async (change) => {
    // The endpoint before the delivery, as disabling does: failed tries of one endpoint's deliveries
    // side by side may each disable it and give up its pending deliveries, and would deadlock.
    const unlocked = await change.manager.findOneBy(WebhookDelivery, { id: deliveryId });
    if (!unlocked) throw notFound('WebhookDelivery', deliveryId, 'id');
    const endpoint = await change.lock(WebhookEndpoint, unlocked.endpointId);
    const delivery = await change.lock(WebhookDelivery, deliveryId);
    const outcome = outcomeOfAttempt(
      {
        attemptsBefore: delivery.attemptCount,
        firstAttemptAt: delivery.firstAttemptAt,
        endpointEnabled: endpoint.enabled,
        endpointFailuresBefore: endpoint.consecutiveFailures,
        disableAfterFailures: rules.disableAfterFailures,
      },
      result,
      at,
      rules.random(),
    );
    await change.manager.insert(WebhookDeliveryAttempt, {
      id: newId(),
      deliveryId,
      attempt: outcome.attempt,
      attemptedAt: at,
      statusCode: result.statusCode,
      error: result.error,
      durationMs: result.durationMs,
      responseExcerpt: result.responseExcerpt,
    });
    const after: WebhookDelivery = Object.assign(new WebhookDelivery(), delivery, {
      status: outcome.status,
      attemptCount: outcome.attempt,
      firstAttemptAt: outcome.firstAttemptAt,
      nextAttemptAt: outcome.nextAttemptAt,
      lastStatusCode: result.statusCode,
      lastError: result.error,
      deliveredAt: outcome.delivered ? at : delivery.deliveredAt,
      version: delivery.version + 1,
    });
    const { id: _id, ...written } = after;
    await change.manager.update(WebhookDelivery, { id: deliveryId }, written);
    if (outcome.disablesEndpoint) {
      await disableEndpointWithin(change, endpoint, 'CONSECUTIVE_FAILURES', outcome.endpointFailures, at);
    } else if (outcome.endpointFailures !== endpoint.consecutiveFailures) {
      await change.manager.update(
        WebhookEndpoint,
        { id: endpoint.id },
        { consecutiveFailures: outcome.endpointFailures },
      );
    }
    change.publish(webhookAttemptEvent(delivery, result, outcome, at, change.origin));
    return after;
  });
}
