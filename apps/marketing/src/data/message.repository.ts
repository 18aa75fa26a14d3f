import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '@crm/db';
import { paginate, type Connection, type PageRequest } from '@crm/subgraph-kit';
import { capWindowStart, type FrequencyCap } from '../domain/frequency-cap';
import type { MessageChannel } from '../domain/message-channel';
import { MarketingMessage } from './marketing-message.entity';
import { MessageTemplate } from './message-template.entity';

/** What goes out or already went out counts toward the cap; suppressed and failed messages do not. */
const COUNTED_STATUSES = ['QUEUED', 'SENT', 'DELIVERED', 'BOUNCED'];

/** Marketing messages to the customer on the channel inside the cap's window at `now`. */
export async function messagesInCapWindow(
  manager: EntityManager,
  customerId: string,
  channel: MessageChannel,
  cap: FrequencyCap,
  now: Date,
): Promise<number> {
  const [{ count }] = await manager.query(
    `SELECT count(*)::int AS count FROM marketing_messages
      WHERE customer_id = $1 AND channel = $2 AND created_at > $3 AND status = ANY($4)`,
    [customerId, channel, capWindowStart(cap, now), COUNTED_STATUSES],
  );
  return count;
}

/**
 * Serialises the sends to one customer on one channel until the transaction ends, so two sends at
 * once cannot both pass the frequency cap.
 */
export async function lockRecipientChannel(
  manager: EntityManager,
  customerId: string,
  channel: MessageChannel,
) {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
    `marketing-send:${customerId}:${channel}`,
  ]);
}

/** Messages due to be (re)tried at `now`, oldest first. */
export async function dueMessageIds(dataSource: DataSource, now: Date, limit: number): Promise<string[]> {
  const rows: { id: string }[] = await dataSource.query(
    `SELECT id FROM marketing_messages
      WHERE status IN ('QUEUED', 'DEFERRED') AND send_after <= $1
      ORDER BY send_after, id LIMIT $2`,
    [now, limit],
  );
  return rows.map((row) => row.id);
}

/** The message locked for the dispatcher; null when another dispatcher holds it or it is not due. */
export function lockDueMessage(manager: EntityManager, id: string): Promise<MarketingMessage | null> {
  return manager
    .getRepository(MarketingMessage)
    .createQueryBuilder('message')
    .setLock('pessimistic_write')
    .setOnLocked('skip_locked')
    .where('message.id = :id', { id })
    .andWhere("message.status IN ('QUEUED', 'DEFERRED')")
    .getOne();
}

export function findMessagesByIds(dataSource: DataSource, ids: readonly string[]) {
  return dataSource.getRepository(MarketingMessage).findBy({ id: In(ids.filter(isUuid)) });
}

/** Newest first, of one customer or one campaign (marketing_messages_cap / _campaign serve them). */
export function listMessages(
  dataSource: DataSource,
  filter: { customerId: string | null; campaignId: string | null },
  page: PageRequest,
): Promise<Connection<MarketingMessage>> {
  const query = dataSource.getRepository(MarketingMessage).createQueryBuilder('message');
  if (filter.customerId)
    query.andWhere('message.customer_id = :customerId', { customerId: filter.customerId });
  if (filter.campaignId)
    query.andWhere('message.campaign_id = :campaignId', { campaignId: filter.campaignId });
  return paginate(
    query,
    {
      columns: ['message.created_at', 'message.id'],
      keys: ['timestamp', 'uuid'],
      direction: 'DESC',
      valuesOf: (message) => [message.createdAt.toISOString(), message.id],
    },
    page,
  );
}

/** Templates by name (message_templates_name). */
export function listMessageTemplates(
  dataSource: DataSource,
  page: PageRequest,
): Promise<Connection<MessageTemplate>> {
  return paginate(
    dataSource.getRepository(MessageTemplate).createQueryBuilder('template'),
    {
      columns: ['template.name', 'template.id'],
      keys: ['text', 'uuid'],
      direction: 'ASC',
      valuesOf: (template) => [template.name, template.id],
    },
    page,
  );
}

export function findMessageTemplatesByIds(dataSource: DataSource, ids: readonly string[]) {
  return dataSource.getRepository(MessageTemplate).findBy({ id: In(ids.filter(isUuid)) });
}
