import { createHash, randomInt } from 'node:crypto';
import type { ReferralRefusal } from '@crm/events';

/** No 0/O, 1/I/L or U: codes are read aloud and typed from paper. 30^10 ≈ 6·10^14 codes. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
const CODE_LENGTH = 10;

/** A new referral code from a cryptographic source: short, unguessable; the table keeps it unique. */
export function newReferralCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** Normalises a code as the forms send it (case and dashes ignored), like the producers do. */
export const normaliseReferralCode = (code: string): string => code.replace(/[\s-]/g, '').toUpperCase();

/**
 * A one-way fingerprint of an email or phone: marketing compares referrer and referred without
 * keeping their addresses. Emails compare case-insensitively, phones by their digits.
 */
export function contactFingerprint(kind: 'email' | 'phone', value: string | null | undefined): string | null {
  if (!value) return null;
  const normalised = kind === 'email' ? value.trim().toLowerCase() : value.replace(/\D/g, '');
  if (!normalised) return null;
  return createHash('sha256').update(`${kind}:${normalised}`).digest('hex');
}

export interface ReferralParty {
  customerId: string | null;
  emailHash: string | null;
  phoneHash: string | null;
}

/** Why a referral earns nothing (issue 13 §6): the referrer themselves, or their email or phone. */
export function referralRefusal(referrer: ReferralParty, referred: ReferralParty): ReferralRefusal | null {
  if (referred.customerId !== null && referred.customerId === referrer.customerId) return 'SELF_REFERRAL';
  if (referred.emailHash !== null && referred.emailHash === referrer.emailHash) return 'SAME_EMAIL';
  if (referred.phoneHash !== null && referred.phoneHash === referrer.phoneHash) return 'SAME_PHONE';
  return null;
}
