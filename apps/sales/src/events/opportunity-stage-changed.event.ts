import { buildEvent, type EventOrigin } from '@crm/events';
import type { Opportunity } from '../data/opportunity.entity';
import type { OpportunityStageChange } from '../data/opportunity-stage-change.entity';
import { formatAmount } from '@crm/db';

/** `change` is the history line the move wrote; `opportunity` the deal after it. */
export function opportunityStageChanged(
  opportunity: Opportunity,
  change: OpportunityStageChange,
  origin: EventOrigin,
) {
  return buildEvent('crm.sales.opportunity.stage_changed', {
    subject: opportunity.id,
    ...origin,
    data: {
      opportunityId: opportunity.id,
      customerId: opportunity.customerId,
      fromStage: change.fromStage ?? change.toStage,
      toStage: change.toStage,
      probability: change.probability,
      amount: formatAmount(change.amount, change.currency),
      currency: change.currency,
      reason: change.reason,
      ownerId: opportunity.ownerId,
      changedAt: change.changedAt.toISOString(),
    },
  });
}
