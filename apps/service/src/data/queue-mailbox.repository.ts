import type { DataSource, EntityManager } from 'typeorm';
import { QueueMailbox } from './queue-mailbox.entity';

export function findMailboxByAddress(
  db: DataSource | EntityManager,
  address: string,
): Promise<QueueMailbox | null> {
  return db.getRepository(QueueMailbox).findOneBy({ address: address.toLowerCase() });
}

export function findMailboxOfQueue(
  db: DataSource | EntityManager,
  queueId: string,
): Promise<QueueMailbox | null> {
  return db.getRepository(QueueMailbox).findOneBy({ id: queueId });
}

/** Every queue's mailbox, by address. */
export function listMailboxes(db: DataSource): Promise<QueueMailbox[]> {
  return db.getRepository(QueueMailbox).find({ order: { address: 'ASC' } });
}

/** The mailboxes that file unknown senders under one of `customerIds`, locked for the change. */
export function lockMailboxesFilingUnder(
  manager: EntityManager,
  customerIds: string[],
): Promise<QueueMailbox[]> {
  return manager
    .getRepository(QueueMailbox)
    .createQueryBuilder('mailbox')
    .where('mailbox.unknown_requester_customer_id = ANY(:customerIds::uuid[])', { customerIds })
    .orderBy('mailbox.queue_id')
    .setLock('pessimistic_write')
    .getMany();
}
