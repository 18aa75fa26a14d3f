import { buildEvent, type EventOrigin } from '@crm/events';
import type { Opportunity } from '../data/opportunity.entity';
import { formatAmount } from '@crm/db';

export function opportunityUpdated(opportunity: Opportunity, changedFields: string[], origin: EventOrigin) {
  return buildEvent('crm.sales.opportunity.updated', {
    subject: opportunity.id,
    ...origin,
    data: {
      opportunityId: opportunity.id,
      customerId: opportunity.customerId,
      name: opportunity.name,
      amount: formatAmount(opportunity.amount, opportunity.currency),
      currency: opportunity.currency,
      stage: opportunity.stage,
      probability: opportunity.probability,
      expectedCloseDate: opportunity.expectedCloseDate,
      ownerId: opportunity.ownerId,
      competitors: opportunity.competitors,
      changedFields,
      version: opportunity.version,
      updatedAt: opportunity.updatedAt.toISOString(),
    },
  });
}
