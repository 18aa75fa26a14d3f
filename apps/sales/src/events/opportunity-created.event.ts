import { buildEvent, type EventOrigin } from '@crm/events';
import type { Opportunity } from '../data/opportunity.entity';
import { formatAmount } from '@crm/db';

export function opportunityCreated(opportunity: Opportunity, origin: EventOrigin) {
  return buildEvent('crm.sales.opportunity.created', {
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
      ownerId: opportunity.ownerId,
      expectedCloseDate: opportunity.expectedCloseDate,
      createdAt: opportunity.createdAt.toISOString(),
    },
  });
}
