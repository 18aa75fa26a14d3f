import { badUserInput } from '@crm/errors';

/**
 * A loyalty member's referral code as a lead or customer form gives it: letters and digits,
 * dashes and case ignored ("k7pq-2mxz" is "K7PQ2MXZ"). Whether a member owns it is marketing's
 * to decide when the created event arrives; absent, null or blank means no referral.
 */
export function parseReferralCode(field: string, code: string | null | undefined): string | null {
  if (code === null || code === undefined || code.trim() === '') return null;
  const normalised = code.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z0-9]{4,40}$/.test(normalised)) {
    throw badUserInput(field, `must be a referral code of 4 to 40 letters and digits (got "${code}")`);
  }
  return normalised;
}
