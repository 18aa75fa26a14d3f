import { buildEvent, type EventOrigin } from '@crm/events';
import type { LifecycleStage } from '../domain/customer-vocabulary';
import type { ChurnReasonCategory } from '../domain/churn-reason';

export interface ChurnFacts {
  customerId: string;
  reasonCategory: ChurnReasonCategory;
  note: string | null;
  previousStage: LifecycleStage;
  actorId: string;
  churnedAt: Date;
}

export function customerChurned(facts: ChurnFacts, origin: EventOrigin) {
  return buildEvent('crm.customer.customer.churned', {
    subject: facts.customerId,
    ...origin,
    data: { ...facts, churnedAt: facts.churnedAt.toISOString() },
  });
}

export interface ReactivationFacts {
  customerId: string;
  reason: string;
  previousChurnReasonCategory: ChurnReasonCategory | null;
  churnedAt: Date | null;
  actorId: string;
  reactivatedAt: Date;
}

export function customerReactivated(facts: ReactivationFacts, origin: EventOrigin) {
  return buildEvent('crm.customer.customer.reactivated', {
    subject: facts.customerId,
    ...origin,
    data: {
      ...facts,
      churnedAt: facts.churnedAt?.toISOString() ?? null,
      reactivatedAt: facts.reactivatedAt.toISOString(),
    },
  });
}
