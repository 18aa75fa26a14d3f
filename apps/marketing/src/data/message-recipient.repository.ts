import type { EntityManager } from 'typeorm';
import type { MessageChannel } from '../domain/message-channel';

/** What the send rules need of a customer, from marketing's customer projection. */
export interface MessageRecipient {
  known: boolean;
  erased: boolean;
  name: string | null;
  address: string | null;
  consented: boolean;
  addressSuppressed: boolean;
}

const ADDRESS_COLUMN: Record<MessageChannel, string> = { EMAIL: 'email', SMS: 'phone' };
const CONSENT_COLUMN: Record<MessageChannel, string> = { EMAIL: 'email_consent', SMS: 'sms_consent' };

/** The recipient as the projection knows it now; `known: false` when no event about it arrived yet. */
export async function findMessageRecipient(
  manager: EntityManager,
  customerId: string,
  channel: MessageChannel,
): Promise<MessageRecipient> {
  const address = ADDRESS_COLUMN[channel];
  const rows: {
    erased: boolean;
    name: string | null;
    address: string | null;
    consented: boolean | null;
    suppressed: boolean;
  }[] = await manager.query(
    `SELECT p.erased, p.name, p.${address} AS address, p.${CONSENT_COLUMN[channel]} AS consented,
              EXISTS (SELECT 1 FROM suppressed_addresses s
                       WHERE s.channel = $2 AND s.address = lower(p.${address})) AS suppressed
         FROM customer_profiles p WHERE p.customer_id = $1`,
    [customerId, channel],
  );
  const row = rows[0];
  if (!row)
    return {
      known: false,
      erased: false,
      name: null,
      address: null,
      consented: false,
      addressSuppressed: false,
    };
  return {
    known: true,
    erased: row.erased,
    name: row.name,
    address: row.address,
    consented: row.consented === true,
    addressSuppressed: row.suppressed,
  };
}
