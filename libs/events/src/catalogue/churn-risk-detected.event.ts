import type { EventDefinition } from '../event-definition';
import { CHURN_RISK_REASONS, CHURN_RISK_SCORE, type ChurnRiskReason } from './churn-risk-fields.schema';
import { DATE_TIME, UUID } from './schema-fragments';

export interface ChurnRiskDetectedPayload {
  customerId: string;
  /** 0..1; detected when it reaches the threshold. */
  score: number;
  threshold: number;
  reasons: ChurnRiskReason[];
  detectedAt: string;
}

export const churnRiskDetected: EventDefinition<
  'crm.analytics.customer.churn_risk_detected',
  ChurnRiskDetectedPayload
> = {
  type: 'crm.analytics.customer.churn_risk_detected',
  service: 'analytics',
  aggregate: 'customer',
  version: 1,
  description:
    "A customer's churn-risk score reached the threshold; the customer service moves the customer to AT_RISK and marketing's win-back journey reacts.",
  aggregateIdField: 'customerId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['customerId', 'score', 'threshold', 'reasons', 'detectedAt'],
    properties: {
      customerId: UUID,
      score: CHURN_RISK_SCORE,
      threshold: CHURN_RISK_SCORE,
      reasons: CHURN_RISK_REASONS,
      detectedAt: DATE_TIME,
    },
  },
  example: {
    customerId: '01950c90-2222-7000-8000-000000000002',
    score: 0.78,
    threshold: 0.7,
    reasons: [
      { signal: 'OVERDUE_REPURCHASE', contribution: 0.48, detail: 'No order for 184 days, usually every 61' },
      { signal: 'OPEN_COMPLAINTS', contribution: 0.3, detail: '2 open complaints' },
    ],
    detectedAt: '2025-09-01T02:00:00.000Z',
  },
};
