import Decimal from 'decimal.js';

/**
 * Customer lifetime value with constant margin and retention (Gupta & Lehmann, "Customers as
 * Assets", 2003): CLV = m · r / (1 + d − r), the margin of the years to come, each kept with
 * probability r and discounted at d. m is the customer's yearly margin: their revenue over the
 * last twelve months × the margin share.
 */
export interface ClvInputs {
  /** Share of revenue that is margin, 0 < share ≤ 1 (ANALYTICS_CLV_MARGIN_SHARE). */
  marginShare: string;
  /** Yearly retention probability, 0 ≤ r < 1 (ANALYTICS_CLV_RETENTION). */
  retention: string;
  /** Yearly discount rate, d ≥ 0 (ANALYTICS_CLV_DISCOUNT_RATE). */
  discountRate: string;
}

/** The lifetime value of a customer who brought `yearlyRevenue` in the last 12 months, to 2 decimals. */
export function customerLifetimeValue(yearlyRevenue: string, inputs: ClvInputs): string {
  const margin = new Decimal(yearlyRevenue).times(inputs.marginShare);
  const retention = new Decimal(inputs.retention);
  const denominator = new Decimal(1).plus(inputs.discountRate).minus(retention);
  return margin
    .times(retention)
    .dividedBy(denominator)
    .toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN)
    .toFixed(2);
}
