import type { NotificationRule } from './notification-rule';

/** The customer's owner hears that analytics found the customer at risk of leaving, and why. */
export const churnRiskDetectedRule: NotificationRule<'crm.analytics.customer.churn_risk_detected'> = {
  eventType: 'crm.analytics.customer.churn_risk_detected',
  plan: ({ data }) => ({
    message: {
      kind: 'CHURN_RISK_DETECTED',
      subjectType: 'Customer',
      subjectId: data.customerId,
      title: `Churn risk ${Math.round(data.score * 100)}%`,
      body: [
        `A customer of yours may leave (risk ${Math.round(data.score * 100)}%).`,
        ...data.reasons.map((reason) => reason.detail),
      ].join(' '),
    },
    audience: [{ ownerOfCustomer: data.customerId }],
  }),
};
