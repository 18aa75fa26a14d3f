import type { EntityManager } from 'typeorm';
import { KnownContact } from './known-contact.entity';

/** contact.created: remembered once; a redelivery changes nothing. */
export async function rememberContact(
  manager: EntityManager,
  contact: { id: string; customerId: string; email: string | null; createdAt: Date },
): Promise<void> {
  await manager.query(
    `INSERT INTO known_contacts (id, customer_id, email, created_at) VALUES ($1, $2, lower($3), $4)
     ON CONFLICT (id) DO NOTHING`,
    [contact.id, contact.customerId, contact.email, contact.createdAt],
  );
}

/** contact.updated with a new address (or none); a contact not yet heard of is remembered. */
export async function changeContactEmail(
  manager: EntityManager,
  contact: { id: string; customerId: string; email: string | null; updatedAt: Date },
): Promise<void> {
  await manager.query(
    `INSERT INTO known_contacts (id, customer_id, email, created_at) VALUES ($1, $2, lower($3), $4)
     ON CONFLICT (id) DO UPDATE SET email = EXCLUDED.email`,
    [contact.id, contact.customerId, contact.email, contact.updatedAt],
  );
}

/** customer.merged: the duplicates' contacts belong to the survivor now. */
export async function moveContactsToSurvivor(
  manager: EntityManager,
  survivorId: string,
  mergedIds: string[],
): Promise<void> {
  await manager.query('UPDATE known_contacts SET customer_id = $1 WHERE customer_id = ANY($2::uuid[])', [
    survivorId,
    mergedIds,
  ]);
}

/** customer.erased: the contacts' addresses go with the customer (GDPR Art. 17). */
export async function forgetContactsOf(manager: EntityManager, customerId: string): Promise<void> {
  await manager.query('DELETE FROM known_contacts WHERE customer_id = $1', [customerId]);
}

/** The contact who writes from `email`: the oldest one, when several customers share it. */
export function findContactByEmail(manager: EntityManager, email: string): Promise<KnownContact | null> {
  return manager.findOne(KnownContact, {
    where: { email: email.toLowerCase() },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
}
