/** The attributes recommendations group customers by, as the customer events tell them. */
export interface GroupAttributes {
  tier: string | null;
  industry: string | null;
  region: string | null;
}

/** The group every customer is also in: the last fallback. */
export const ALL_CUSTOMERS = 'all customers';

/**
 * The popularity group of a customer, the one place that decides it: the known parts of tier,
 * industry and region, e.g. "tier A · RETAIL · EMEA"; null when none is known (then only
 * ALL_CUSTOMERS applies). Segments may replace this grouping later (issue 13 §2).
 */
export function popularityGroupOf({ tier, industry, region }: GroupAttributes): string | null {
  const parts = [tier && `tier ${tier}`, industry, region].filter((part): part is string => Boolean(part));
  return parts.length ? parts.join(' · ') : null;
}
