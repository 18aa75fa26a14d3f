import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  childrenPageLoader,
  loaderByParent,
  paginate,
  type Connection,
  type PageRequest,
} from '@crm/subgraph-kit';
import { WebhookDeliveryAttempt } from './webhook-delivery-attempt.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';

/** Endpoints in the order they were registered. */
export function listWebhookEndpoints(
  dataSource: DataSource,
  page: PageRequest,
): Promise<Connection<WebhookEndpoint>> {
  return paginate(
    dataSource.getRepository(WebhookEndpoint).createQueryBuilder('endpoint'),
    {
      columns: ['endpoint.created_at', 'endpoint.id'],
      keys: ['timestamp', 'uuid'],
      direction: 'ASC',
      valuesOf: (endpoint) => [endpoint.createdAt.toISOString(), endpoint.id],
    },
    page,
  );
}

export function webhookEndpointById(dataSource: DataSource, id: string): Promise<WebhookEndpoint | null> {
  return dataSource.getRepository(WebhookEndpoint).findOneBy({ id });
}

/** The enabled endpoints an event of `type` goes to (the table is small: one row per integration). */
export function endpointsReceiving(manager: EntityManager, type: string): Promise<WebhookEndpoint[]> {
  return manager
    .getRepository(WebhookEndpoint)
    .createQueryBuilder('endpoint')
    .where('endpoint.enabled')
    .andWhere('(endpoint.event_types IS NULL OR :type = ANY (endpoint.event_types))', { type })
    .getMany();
}

/** Per request: one page of the delivery log (newest first) for each of many endpoints, in one query. */
export const deliveriesByEndpoint = (dataSource: DataSource) =>
  childrenPageLoader(dataSource, {
    entity: WebhookDelivery,
    parentColumn: 'endpoint_id',
    parentIdOf: (delivery) => delivery.endpointId,
  });

export function webhookDeliveryById(dataSource: DataSource, id: string): Promise<WebhookDelivery | null> {
  return dataSource.getRepository(WebhookDelivery).findOneBy({ id });
}

/** Per request: the tries of many deliveries in one query, each delivery's in order. */
export const attemptsByDelivery = (dataSource: DataSource) =>
  loaderByParent(
    (deliveryIds) =>
      dataSource
        .getRepository(WebhookDeliveryAttempt)
        .find({ where: { deliveryId: In(deliveryIds) }, order: { attempt: 'ASC' } }),
    (attempt) => attempt.deliveryId,
  );

/**
 * Takes up to `limit` deliveries of enabled endpoints whose try is due at `now`, and moves their
 * due time `leaseMs` ahead, so another run (a second replica, a replay) leaves them alone while
 * they are being tried; the outcome of the try sets the real next time.
 */
export async function claimDueDeliveries(
  dataSource: DataSource,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<string[]> {
  const rows: { id: string }[][] | { id: string }[] = await dataSource.query(
    `UPDATE webhook_deliveries SET next_attempt_at = $2
      WHERE id IN (
        SELECT delivery.id FROM webhook_deliveries delivery
          JOIN webhook_endpoints endpoint ON endpoint.id = delivery.endpoint_id AND endpoint.enabled
         WHERE delivery.status = 'PENDING' AND delivery.next_attempt_at <= $1
         ORDER BY delivery.next_attempt_at
         LIMIT $3
         FOR UPDATE OF delivery SKIP LOCKED)
      RETURNING id`,
    [now, new Date(now.getTime() + leaseMs), limit],
  );
  // pg returns [rows, count] for UPDATE … RETURNING through TypeORM.
  const returned = Array.isArray(rows[0]) ? (rows[0] as { id: string }[]) : (rows as { id: string }[]);
  return returned.map((row) => row.id);
}
