import { capReached, type FrequencyCap } from './frequency-cap';
import type { MessageChannel } from './message-channel';
import { quietUntil, type QuietHours } from './quiet-hours';

/** Why a message was not sent: shown on the message and in `message.suppressed`. */
export type SuppressionReason =
  'NO_CONSENT' | 'NO_ADDRESS' | 'ADDRESS_SUPPRESSED' | 'FREQUENCY_CAP' | 'CUSTOMER_ERASED';

/** What is known of the recipient at send time, from marketing's customer projection. */
export interface RecipientFacts {
  known: boolean;
  erased: boolean;
  address: string | null;
  consented: boolean;
  addressSuppressed: boolean;
  /** Marketing messages on this channel in the cap's window (sent or about to be). */
  sentInCapWindow: number;
}

export interface SendRules {
  channel: MessageChannel;
  cap: FrequencyCap;
  quietHours: QuietHours | null;
}

export type SendDecision =
  | { kind: 'send'; address: string }
  | { kind: 'suppress'; reason: SuppressionReason; detail: string }
  | { kind: 'defer'; until: Date };

/**
 * The rules a marketing message passes at send time, in order: a customer who is erased or never
 * consented on this channel gets nothing, a bounced or unsubscribed address gets nothing, the
 * frequency cap holds, and quiet hours move the send to their end (when all is checked again).
 */
export function decideSend(recipient: RecipientFacts, rules: SendRules, now: Date): SendDecision {
  const { channel, cap } = rules;
  if (recipient.erased) return suppress('CUSTOMER_ERASED', 'the customer was erased');
  if (!recipient.known || !recipient.consented) {
    return suppress('NO_CONSENT', `the customer has not consented to marketing by ${channel}`);
  }
  if (!recipient.address)
    return suppress(
      'NO_ADDRESS',
      `the customer has no ${channel === 'EMAIL' ? 'email address' : 'phone number'}`,
    );
  if (recipient.addressSuppressed) {
    return suppress('ADDRESS_SUPPRESSED', `${recipient.address} bounced or unsubscribed before`);
  }
  if (capReached(cap, recipient.sentInCapWindow)) {
    return suppress(
      'FREQUENCY_CAP',
      `${recipient.sentInCapWindow} ${channel} messages in the last ${cap.days} days (at most ${cap.messages})`,
    );
  }
  const until = quietUntil(rules.quietHours, now);
  if (until) return { kind: 'defer', until };
  return { kind: 'send', address: recipient.address };
}

const suppress = (reason: SuppressionReason, detail: string): SendDecision => ({
  kind: 'suppress',
  reason,
  detail,
});
