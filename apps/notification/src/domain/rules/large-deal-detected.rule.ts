import type { Audience } from '../audience';
import type { NotificationRule } from './notification-rule';

/**
 * The owner's manager hears of a large deal. The event names the manager when the manager acted;
 * otherwise the manager is whoever manages the owner's team (identity's events).
 */
export const largeDealDetectedRule: NotificationRule<'crm.sales.opportunity.large_deal_detected'> = {
  eventType: 'crm.sales.opportunity.large_deal_detected',
  plan: ({ data }) => {
    const audience: Audience[] = data.managerId
      ? [{ user: data.managerId }]
      : data.ownerId
        ? [{ managerOfUser: data.ownerId }]
        : [];
    return {
      message: {
        kind: 'LARGE_DEAL_DETECTED',
        subjectType: 'Opportunity',
        subjectId: data.opportunityId,
        title: `Large deal: ${data.name}`,
        body: `${data.name} is worth ${data.amount} ${data.currency}, at or above the large-deal threshold of ${data.threshold} ${data.currency}.`,
      },
      audience,
    };
  },
};
