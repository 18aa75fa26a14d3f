import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid, newId } from '@crm/db';
import type { ConsentDecision } from '../domain/consent-input';
import { ConsentChange } from './consent-change.entity';
import { CustomerConsent } from './customer-consent.entity';

/** Records a decision: it becomes the channel's current one and a line of its history. */
export async function recordConsent(
  manager: EntityManager,
  decision: ConsentDecision,
  changedBy: string,
  now: Date,
): Promise<{ before: CustomerConsent | null; after: CustomerConsent }> {
  const { customerId, channel, granted, source } = decision;
  const before = await findConsent(manager, customerId, channel);
  const after = Object.assign(new CustomerConsent(), {
    customerId,
    channel,
    granted,
    source,
    changedBy,
    changedAt: now,
  });
  await manager.upsert(CustomerConsent, after, ['customerId', 'channel']);
  await manager.insert(ConsentChange, {
    id: newId(),
    customerId,
    channel,
    granted,
    source,
    changedBy,
    createdAt: now,
  });
  return { before, after };
}

export function consentsOfCustomers(
  dataSource: DataSource,
  customerIds: string[],
): Promise<CustomerConsent[]> {
  return dataSource
    .getRepository(CustomerConsent)
    .find({ where: { customerId: In(customerIds.filter(isUuid)) }, order: { channel: 'ASC' } });
}

/** The current decision of one customer on one channel, locked until the change commits. */
export function findConsent(
  manager: EntityManager,
  customerId: string,
  channel: CustomerConsent['channel'],
): Promise<CustomerConsent | null> {
  return manager
    .getRepository(CustomerConsent)
    .findOne({ where: { customerId, channel }, lock: { mode: 'pessimistic_write' } });
}
