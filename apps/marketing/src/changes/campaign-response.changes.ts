import { newId } from '@crm/db';
import { notFound } from '@crm/errors';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { Campaign } from '../data/campaign.entity';
import { CampaignMember } from '../data/campaign-member.entity';
import { CampaignResponse } from '../data/campaign-response.entity';
import { assertReachable } from '../domain/campaign-lifecycle';
import type { NewResponse } from '../domain/campaign-response';
import { statusAfterResponse } from '../domain/member-status';
import { campaignMemberStatusChanged, campaignResponseRecorded } from '../events/campaign.events';

export interface RecordedResponse {
  response: CampaignResponse;
  member: CampaignMember;
}

/** A member's response on a channel; the member moves to RESPONDED unless it is there or further. */
export function recordCampaignResponse(
  scope: ChangeScope,
  campaignId: string,
  memberId: string,
  input: NewResponse,
): Promise<RecordedResponse> {
  return runChange(scope, async (change) => {
    const campaign = await change.manager.findOneBy(Campaign, { id: campaignId });
    if (!campaign) throw notFound('Campaign', campaignId, 'campaignId');
    assertReachable(campaign.status, 'campaignId');
    const before = await change.lock(CampaignMember, memberId, { field: 'memberId' });
    if (before.campaignId !== campaign.id) throw notFound('CampaignMember', memberId, 'memberId');
    const response = Object.assign(new CampaignResponse(), {
      id: newId(),
      campaignId: campaign.id,
      memberId: before.id,
      ...input,
      recordedBy: change.caller.userId,
      createdAt: new Date(),
    } satisfies CampaignResponse);
    await change.insert(CampaignResponse, response, { action: 'recordCampaignResponse' });
    let member = before;
    const status = statusAfterResponse(before.status);
    if (status !== before.status) {
      member = await change.update(CampaignMember, before, { status }, { action: 'recordCampaignResponse' });
      change.publish(campaignMemberStatusChanged(member, before.status, change.origin));
    }
    change.publish(campaignResponseRecorded(member, response, change.origin));
    return { response, member };
  });
}
