import type { DataSource } from 'typeorm';
import { notFound } from '@crm/errors';
import type { CloudEvent } from '@crm/events';
import type { Clock } from '@crm/scheduler';
import type { ChangeScope } from '@crm/subgraph-kit';
import { recordWebhookAttempt } from '../changes/webhook-delivery.changes';
import { claimDueDeliveries } from '../data/webhook.repository';
import type { WebhookDelivery } from '../data/webhook-delivery.entity';
import { sendWebhook } from './webhook-sender';
import type { WebhookSettings } from './webhook-settings';

/** Deliveries tried side by side in one batch; a run takes batches until none is due. */
const BATCH = 20;
const MAX_BATCHES = 25;

interface Sendable {
  url: string;
  secret: string;
  event: CloudEvent<string, object>;
}

async function sendableOf(dataSource: DataSource, deliveryId: string): Promise<Sendable> {
  const [row]: Sendable[] = await dataSource.query(
    `SELECT endpoint.url, secret.secret, delivery.event
       FROM webhook_deliveries delivery
       JOIN webhook_endpoints endpoint ON endpoint.id = delivery.endpoint_id
       JOIN webhook_endpoint_secrets secret ON secret.endpoint_id = endpoint.id
      WHERE delivery.id = $1`,
    [deliveryId],
  );
  if (!row) throw notFound('WebhookDelivery', deliveryId, 'id');
  return row;
}

/**
 * Tries deliveries: the HTTP request runs outside any transaction (a slow receiver holds no row
 * lock), then its outcome is recorded as one change.
 */
export class WebhookDispatcher {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: WebhookSettings,
    private readonly clock: Clock,
  ) {}

  /** One try of one delivery now, whatever its state (the retry job, and replays). */
  async tryDelivery(scope: ChangeScope, deliveryId: string): Promise<WebhookDelivery> {
    const sendable = await sendableOf(this.dataSource, deliveryId);
    const at = this.clock.now();
    const result = await sendWebhook(sendable, this.settings);
    return recordWebhookAttempt(scope, deliveryId, result, at, {
      disableAfterFailures: this.settings.disableAfterFailures,
      random: Math.random,
    });
  }

  /**
   * Tries every delivery due at the clock's now; returns how many were tried. One delivery that
   * cannot be recorded (its endpoint deleted meanwhile…) does not stop the others: the run fails
   * at the end, so the queue logs it and the lease brings the delivery back later. Once `stopping`
   * is aborted no further batch is claimed: the service stops within one batch's timeouts.
   */
  async deliverDue(scope: ChangeScope, stopping?: AbortSignal): Promise<number> {
    // A claimed delivery is left alone by other runs until its try must have ended.
    const leaseMs = this.settings.connectTimeoutMs + this.settings.responseTimeoutMs + 60_000;
    const errors: unknown[] = [];
    let tried = 0;
    for (let batch = 0; batch < MAX_BATCHES && !stopping?.aborted; batch += 1) {
      const ids = await claimDueDeliveries(this.dataSource, this.clock.now(), BATCH, leaseMs);
      const outcomes = await Promise.allSettled(ids.map((id) => this.tryDelivery(scope, id)));
      errors.push(...outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : [])));
      tried += ids.length;
      if (ids.length < BATCH) break;
    }
    if (errors.length > 0)
      throw new AggregateError(errors, `${errors.length} of ${tried} webhook deliveries failed to record`);
    return tried;
  }
}
