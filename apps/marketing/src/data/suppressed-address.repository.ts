import type { EntityManager } from 'typeorm';
import type { MessageChannel } from '../domain/message-channel';

/**
 * No marketing message goes to this address again (kept lower-case, as the send rules compare it).
 * The first reason stays: an address that bounced and was later unsubscribed is still a bounce.
 */
export async function suppressAddress(
  manager: EntityManager,
  channel: MessageChannel,
  address: string,
  reason: 'BOUNCED' | 'UNSUBSCRIBED',
  messageId: string,
  at: Date,
): Promise<boolean> {
  if (!address) return false;
  const rows: unknown[] = await manager.query(
    `INSERT INTO suppressed_addresses (channel, address, reason, message_id, suppressed_at)
     VALUES ($1, lower($2), $3, $4, $5) ON CONFLICT DO NOTHING RETURNING address`,
    [channel, address, reason, messageId, at],
  );
  return rows.length > 0;
}
