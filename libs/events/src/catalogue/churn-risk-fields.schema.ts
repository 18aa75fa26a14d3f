/** Why a churn-risk score is what it is: one entry per signal that contributed. */
export const CHURN_RISK_SIGNALS = [
  'OVERDUE_REPURCHASE',
  'FALLING_SPEND',
  'OPEN_COMPLAINTS',
  'LOW_SATISFACTION',
  'SILENCE',
] as const;
export type ChurnRiskSignal = (typeof CHURN_RISK_SIGNALS)[number];

export interface ChurnRiskReason {
  signal: ChurnRiskSignal;
  /** This signal's share of the score, 0..1; the shares add up to the score. */
  contribution: number;
  /** For people: "no order for 184 days, usually every 61". */
  detail: string;
}

export const CHURN_RISK_SCORE = { type: 'number', minimum: 0, maximum: 1 } as const;

export const CHURN_RISK_REASONS = {
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['signal', 'contribution', 'detail'],
    properties: {
      signal: { type: 'string', enum: CHURN_RISK_SIGNALS },
      contribution: CHURN_RISK_SCORE,
      detail: { type: 'string', minLength: 1 },
    },
  },
} as const;
