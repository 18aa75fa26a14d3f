import type { EventDefinition } from '../event-definition';
import { CHURN_RISK_SCORE } from './churn-risk-fields.schema';
import { DATE_TIME, UUID } from './schema-fragments';

export interface ChurnRiskClearedPayload {
  customerId: string;
  /** 0..1; cleared when it falls below the threshold again. */
  score: number;
  threshold: number;
  clearedAt: string;
}

export const churnRiskCleared: EventDefinition<
  'crm.analytics.customer.churn_risk_cleared',
  ChurnRiskClearedPayload
> = {
  type: 'crm.analytics.customer.churn_risk_cleared',
  service: 'analytics',
  aggregate: 'customer',
  version: 1,
  description:
    "A customer's churn-risk score fell below the threshold after a detection; the customer service moves the customer back from AT_RISK.",
  aggregateIdField: 'customerId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['customerId', 'score', 'threshold', 'clearedAt'],
    properties: {
      customerId: UUID,
      score: CHURN_RISK_SCORE,
      threshold: CHURN_RISK_SCORE,
      clearedAt: DATE_TIME,
    },
  },
  example: {
    customerId: '01950c90-2222-7000-8000-000000000002',
    score: 0.35,
    threshold: 0.7,
    clearedAt: '2025-10-01T02:00:00.000Z',
  },
};
