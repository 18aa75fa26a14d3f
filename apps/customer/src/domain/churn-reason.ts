import { badUserInput, refuseNul } from '@crm/errors';

/** Why a customer left, as the churn report groups it; the note says the rest. */
export const CHURN_REASON_CATEGORIES = [
  'PRICE',
  'PRODUCT_FIT',
  'SERVICE',
  'COMPETITOR',
  'NO_LONGER_NEEDED',
  'OTHER',
] as const;
export type ChurnReasonCategory = (typeof CHURN_REASON_CATEGORIES)[number];

export function parseChurnNote(field: string, note: string | null | undefined): string | null {
  refuseNul(field, note);
  const trimmed = note?.trim() ?? '';
  if (trimmed.length > 2000)
    throw badUserInput(field, `must be at most 2000 characters (got ${trimmed.length})`);
  return trimmed.length === 0 ? null : trimmed;
}
