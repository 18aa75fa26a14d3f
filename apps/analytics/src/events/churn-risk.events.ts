import { buildEvent, type EventOrigin } from '@crm/events';
import type { ChurnRisk } from '../domain/churn-risk';

export function churnRiskDetected(
  customerId: string,
  risk: ChurnRisk,
  threshold: number,
  at: Date,
  origin: EventOrigin,
) {
  return buildEvent('crm.analytics.customer.churn_risk_detected', {
    subject: customerId,
    ...origin,
    data: { customerId, score: risk.score, threshold, reasons: risk.reasons, detectedAt: at.toISOString() },
  });
}

export function churnRiskCleared(
  customerId: string,
  risk: ChurnRisk,
  threshold: number,
  at: Date,
  origin: EventOrigin,
) {
  return buildEvent('crm.analytics.customer.churn_risk_cleared', {
    subject: customerId,
    ...origin,
    data: { customerId, score: risk.score, threshold, clearedAt: at.toISOString() },
  });
}
