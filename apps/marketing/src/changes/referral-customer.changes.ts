import type { EntityManager } from 'typeorm';
import { contactFingerprint } from '../domain/referral-rules';

/** Learns a customer's email and phone as fingerprints; null leaves the known one in place. */
export async function learnReferralContacts(
  manager: EntityManager,
  customerId: string,
  contacts: { email?: string | null; phone?: string | null },
): Promise<void> {
  await manager.query(
    `INSERT INTO referral_customers (customer_id, email_hash, phone_hash) VALUES ($1, $2, $3)
     ON CONFLICT (customer_id) DO UPDATE SET
       email_hash = coalesce(EXCLUDED.email_hash, referral_customers.email_hash),
       phone_hash = coalesce(EXCLUDED.phone_hash, referral_customers.phone_hash)`,
    [customerId, contactFingerprint('email', contacts.email), contactFingerprint('phone', contacts.phone)],
  );
}

/** Remembers the customer's first payment (the one a referral reward waits for); later ones change nothing. */
export async function learnFirstPayment(
  manager: EntityManager,
  payment: { customerId: string; paymentId: string; receivedAt: string },
): Promise<void> {
  await manager.query(
    `INSERT INTO referral_customers (customer_id, first_payment_id, first_paid_at) VALUES ($1, $2, $3)
     ON CONFLICT (customer_id) DO UPDATE SET
       first_payment_id = coalesce(referral_customers.first_payment_id, EXCLUDED.first_payment_id),
       first_paid_at = coalesce(referral_customers.first_paid_at, EXCLUDED.first_paid_at)`,
    [payment.customerId, payment.paymentId, payment.receivedAt],
  );
}

/** customer.merged: the survivor keeps its fingerprints, or takes the first merged customer's. */
export async function mergeReferralCustomers(
  manager: EntityManager,
  customerId: string,
  mergedIds: string[],
): Promise<void> {
  await manager.query(
    `INSERT INTO referral_customers (customer_id, email_hash, phone_hash, first_payment_id, first_paid_at)
     SELECT $1, email_hash, phone_hash, first_payment_id, first_paid_at FROM referral_customers
      WHERE customer_id = ANY($2::uuid[]) ORDER BY first_paid_at NULLS LAST LIMIT 1
     ON CONFLICT (customer_id) DO NOTHING`,
    [customerId, mergedIds],
  );
  await manager.query('DELETE FROM referral_customers WHERE customer_id = ANY($1)', [mergedIds]);
}
