import type { Caller } from '@crm/auth';
import { buildEvent, type EventOrigin } from '@crm/events';
import type { Opportunity } from '../data/opportunity.entity';
import { formatAmount } from '@crm/db';

/**
 * Who should hear of the deal. Sales keeps no copy of teams: the acting user's token tells the
 * team when the owner acted themselves, and names the manager when the owner's manager acted.
 */
function ownerTeamOf(ownerId: string | null, caller: Caller) {
  const owner = ownerId?.toLowerCase();
  if (!owner) return { teamId: null, managerId: null };
  if (owner === caller.userId.toLowerCase()) return { teamId: caller.teamId, managerId: null };
  const managed = caller.managedUserIds.map((id) => id.toLowerCase()).includes(owner);
  return managed ? { teamId: caller.teamId, managerId: caller.userId } : { teamId: null, managerId: null };
}

export function largeDealDetected(
  opportunity: Opportunity,
  threshold: string,
  caller: Caller,
  origin: EventOrigin,
) {
  return buildEvent('crm.sales.opportunity.large_deal_detected', {
    subject: opportunity.id,
    ...origin,
    data: {
      opportunityId: opportunity.id,
      customerId: opportunity.customerId,
      name: opportunity.name,
      amount: formatAmount(opportunity.amount, opportunity.currency),
      currency: opportunity.currency,
      threshold: formatAmount(threshold, opportunity.currency),
      ownerId: opportunity.ownerId,
      ...ownerTeamOf(opportunity.ownerId, caller),
      detectedAt: opportunity.updatedAt.toISOString(),
    },
  });
}
