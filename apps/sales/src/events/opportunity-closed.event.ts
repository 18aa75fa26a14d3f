import { buildEvent, type EventOrigin } from '@crm/events';
import type { Opportunity } from '../data/opportunity.entity';
import { formatAmount } from '@crm/db';

/** opportunity.won or opportunity.lost, after the deal was closed. */
export function opportunityClosed(opportunity: Opportunity, origin: EventOrigin) {
  const common = {
    opportunityId: opportunity.id,
    customerId: opportunity.customerId,
    name: opportunity.name,
    amount: formatAmount(opportunity.amount, opportunity.currency),
    currency: opportunity.currency,
    ownerId: opportunity.ownerId,
    closedAt: (opportunity.closedAt ?? opportunity.updatedAt).toISOString(),
  };
  if (opportunity.stage === 'CLOSED_WON')
    return buildEvent('crm.sales.opportunity.won', {
      subject: opportunity.id,
      ...origin,
      data: { ...common, reason: opportunity.wonReason },
    });
  return buildEvent('crm.sales.opportunity.lost', {
    subject: opportunity.id,
    ...origin,
    data: { ...common, reason: opportunity.lostReason ?? '', competitors: opportunity.competitors },
  });
}
