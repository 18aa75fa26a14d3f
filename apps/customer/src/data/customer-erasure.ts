import type { EntityManager } from 'typeorm';
import { ERASED_CONTACT_NAME, ERASED_CUSTOMER_NAME, ERASED_NOTE_BODY } from '../domain/customer-erasure';
import { anonymiseInteractionsOf } from './interaction.repository';

/**
 * GDPR Art. 17 erasure of one customer inside the customer service, in the caller's transaction:
 * personal data is overwritten in place (ids, amounts, dates and history rows stay, so the other
 * domains' references and the reports keep working). Each table holding personal data about the
 * customer anonymises here, next to the others.
 */
export async function anonymiseCustomer(
  manager: EntityManager,
  customerId: string,
  erasedAt: Date,
): Promise<void> {
  await manager.query(
    `UPDATE customers
        SET name = $2, email = NULL, phone = NULL, emails = '[]', phones = '[]', addresses = '[]',
            birth_date = NULL, gender = NULL, website = NULL, erased_at = $3, updated_at = $3,
            version = version + 1
      WHERE id = $1`,
    [customerId, ERASED_CUSTOMER_NAME, erasedAt],
  );
  await manager.query(
    `UPDATE contacts
        SET first_name = $2, last_name = $3, email = NULL, phone = NULL, job_title = NULL,
            updated_at = $4, version = version + 1
      WHERE customer_id = $1`,
    [customerId, ERASED_CONTACT_NAME.firstName, ERASED_CONTACT_NAME.lastName, erasedAt],
  );
  await manager.query('UPDATE customer_notes SET body = $2 WHERE customer_id = $1', [
    customerId,
    ERASED_NOTE_BODY,
  ]);
  // Whether consent was given stays (it still forbids contacting); where it came from was personal.
  await manager.query('UPDATE customer_consents SET source = NULL WHERE customer_id = $1', [customerId]);
  await manager.query('UPDATE consent_changes SET source = NULL WHERE customer_id = $1', [customerId]);
  await anonymiseInteractionsOf(manager, customerId, erasedAt);
  // Portrait labels are profiling (GDPR Art. 4(4)): the customer's tag links go, the shared tags stay.
  await manager.query('DELETE FROM customer_tags WHERE customer_id = $1', [customerId]);
}
