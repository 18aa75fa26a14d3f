import type { EventHandler } from '@crm/messaging';
import { OpenOpportunity } from '../data/open-opportunity.entity';

export const onOpportunityCreated: EventHandler<'crm.sales.opportunity.created'> = async (event, manager) => {
  const { opportunityId, customerId, amount, currency, stage, createdAt } = event.data;
  if (stage === 'CLOSED_WON' || stage === 'CLOSED_LOST') return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(OpenOpportunity)
    .values({ opportunityId, customerId, amount, currency, openedAt: new Date(createdAt) })
    .orIgnore()
    .execute();
};
