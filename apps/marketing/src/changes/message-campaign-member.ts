import type { Change } from '@crm/subgraph-kit';
import type { MarketingMessage } from '../data/marketing-message.entity';
import type { MemberStatus } from '../domain/member-status';
import { advanceCustomerMember } from './campaign-member.changes';

/** A campaign's message moves its customer's membership along (sent, delivered, opened, clicked). */
export async function advanceMemberOf(
  change: Change,
  message: MarketingMessage,
  status: MemberStatus,
): Promise<void> {
  if (message.campaignId) await advanceCustomerMember(change, message.campaignId, message.customerId, status);
}
