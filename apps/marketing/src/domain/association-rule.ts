/**
 * Association rules over customers' baskets (Agrawal, Imieliński & Swami 1993; the measures as in
 * https://en.wikipedia.org/wiki/Association_rule_learning#Useful_Concepts). A basket is the set of
 * products one customer has bought: B2B orders are often a single line, so the customer, not the
 * order, is what shows which products go together.
 */
export interface PairCounts {
  /** Customers with any purchase. */
  customers: number;
  /** Customers who bought the antecedent A. */
  antecedentBuyers: number;
  /** Customers who bought the consequent B. */
  consequentBuyers: number;
  /** Customers who bought both. */
  bothBuyers: number;
}

export interface RuleMeasures {
  /** P(A and B): share of all customers who bought both. */
  support: number;
  /** P(B | A): share of A's buyers who also bought B. */
  confidence: number;
  /** confidence / P(B): above 1, buying A makes B likelier than it is anyway. */
  lift: number;
}

export interface RuleThresholds {
  minSupport: number;
  minConfidence: number;
  minLift: number;
  /** Fewest customers a rule may rest on: no rule describes one person's basket. */
  minCustomers: number;
}

export function ruleMeasures({
  customers,
  antecedentBuyers,
  consequentBuyers,
  bothBuyers,
}: PairCounts): RuleMeasures {
  if (
    bothBuyers > Math.min(antecedentBuyers, consequentBuyers) ||
    Math.max(antecedentBuyers, consequentBuyers) > customers
  ) {
    throw new Error(
      `inconsistent basket counts: ${bothBuyers} of ${antecedentBuyers}/${consequentBuyers} of ${customers}`,
    );
  }
  const support = bothBuyers / customers;
  const confidence = bothBuyers / antecedentBuyers;
  return { support, confidence, lift: confidence / (consequentBuyers / customers) };
}

/** The fewest customers buying both that can meet the thresholds: SQL drops rarer pairs before counting further. */
export function minimumPairCount(customers: number, thresholds: RuleThresholds): number {
  // The epsilon keeps 0.01 × 300 at 3, not 4, where the float product is 3.0000000000000004.
  return Math.max(thresholds.minCustomers, Math.ceil(thresholds.minSupport * customers - 1e-9), 1);
}

export function meetsThresholds(
  counts: PairCounts,
  measures: RuleMeasures,
  thresholds: RuleThresholds,
): boolean {
  return (
    counts.bothBuyers >= thresholds.minCustomers &&
    measures.support >= thresholds.minSupport &&
    measures.confidence >= thresholds.minConfidence &&
    measures.lift >= thresholds.minLift
  );
}

/** Defaults suit a few thousand customers and a catalogue of hundreds of products (see the hit-rate bench). */
export const DEFAULT_RULE_THRESHOLDS: RuleThresholds = {
  minSupport: 0.005,
  minConfidence: 0.05,
  minLift: 1.2,
  minCustomers: 3,
};

const SETTINGS = {
  minSupport: { variable: 'MARKETING_RECOMMENDATION_MIN_SUPPORT', max: 1, integer: false },
  minConfidence: { variable: 'MARKETING_RECOMMENDATION_MIN_CONFIDENCE', max: 1, integer: false },
  minLift: { variable: 'MARKETING_RECOMMENDATION_MIN_LIFT', max: Number.MAX_SAFE_INTEGER, integer: false },
  minCustomers: { variable: 'MARKETING_RECOMMENDATION_MIN_CUSTOMERS', max: 1_000_000, integer: true },
} as const;

/** The thresholds from the environment (each variable optional); a bad value stops the start. */
export function ruleThresholdsFrom(env: NodeJS.ProcessEnv): RuleThresholds {
  const thresholds = { ...DEFAULT_RULE_THRESHOLDS };
  for (const [key, { variable, max, integer }] of Object.entries(SETTINGS)) {
    const raw = env[variable]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    const min = integer ? 1 : 0;
    if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
      const kind = integer ? 'a whole number' : 'a number';
      throw new Error(`${variable}: must be ${kind} from ${min} to ${max} (got "${raw}")`);
    }
    thresholds[key as keyof RuleThresholds] = value;
  }
  return thresholds;
}
