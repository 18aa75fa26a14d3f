import { newId } from '@crm/db';
import { notFound } from '@crm/errors';
import { runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { segmentMemberIds } from '../data/segment-member.repository';
import { Campaign } from '../data/campaign.entity';
import { CampaignMember } from '../data/campaign-member.entity';
import { assertEditable, assertReachable } from '../domain/campaign-lifecycle';
import {
  assertMemberMove,
  canMoveMember,
  INITIAL_MEMBER_STATUS,
  type MemberStatus,
} from '../domain/member-status';
import { MAX_MEMBERS_PER_CALL, type MemberParty } from '../domain/new-members';
import { campaignMembersAdded, campaignMemberStatusChanged } from '../events/campaign.events';

export interface AddedMembers {
  campaign: Campaign;
  added: CampaignMember[];
  /** Parties that were members already. */
  ignored: number;
}

/**
 * Adds parties to a campaign that is not final, as TARGETED; parties that are members already are
 * left as they are (the unique indexes decide, so concurrent adds of the same party are safe).
 */
export function addCampaignMembers(
  scope: ChangeScope,
  campaignId: string,
  parties: MemberParty[],
  field = 'campaignId',
): Promise<AddedMembers> {
  return runChange(scope, async (change) => {
    const campaign = await change.lock(Campaign, campaignId, { field, mode: 'for_no_key_update' });
    assertEditable(campaign.status, field);
    const now = new Date();
    const rows = parties.map((party) =>
      Object.assign(new CampaignMember(), {
        id: newId(),
        campaignId: campaign.id,
        ...party,
        status: INITIAL_MEMBER_STATUS,
        createdAt: now,
        updatedAt: now,
        version: 1,
      } satisfies CampaignMember),
    );
    for (let start = 0; start < rows.length; start += MAX_MEMBERS_PER_CALL) {
      await change.manager
        .createQueryBuilder()
        .insert()
        .into(CampaignMember)
        .values(rows.slice(start, start + MAX_MEMBERS_PER_CALL))
        .orIgnore()
        // TypeORM would map returned rows onto the values by position: wrong once a row is skipped.
        .updateEntity(false)
        .execute();
    }
    // The rows that were written under their new ids; a party that was a member kept its old row.
    const written: { id: string }[] = await change.manager.query(
      'SELECT id FROM campaign_members WHERE id = ANY($1)',
      [rows.map((row) => row.id)],
    );
    const inserted = new Set(written.map((row) => row.id));
    const added = rows.filter((row) => inserted.has(row.id));
    if (added.length > 0) {
      for (let start = 0; start < added.length; start += MAX_MEMBERS_PER_CALL)
        change.publish(
          campaignMembersAdded(campaign.id, added.slice(start, start + MAX_MEMBERS_PER_CALL), change.origin),
        );
      // One audit entry per call, not per member: a segment may add thousands at once.
      change.audit({
        action: 'addCampaignMembers',
        entityType: 'Campaign',
        entityId: campaign.id,
        before: null,
        after: { membersAdded: added.length },
      });
    }
    return { campaign, added, ignored: parties.length - added.length };
  });
}

/** For other marketing parts (a segment's members, a journey): customers into a campaign, repeats ignored. */
export function addCustomersToCampaign(
  scope: ChangeScope,
  campaignId: string,
  customerIds: readonly string[],
): Promise<AddedMembers> {
  const unique = [...new Set(customerIds.map((id) => id.toLowerCase()))];
  return addCampaignMembers(
    scope,
    campaignId,
    unique.map((customerId) => ({ customerId, contactId: null, leadId: null })),
  );
}

/** A segment's members now (dynamic or static) join the campaign as TARGETED; members already in stay as they are. */
export async function addSegmentToCampaign(
  scope: ChangeScope,
  campaignId: string,
  segmentId: string,
): Promise<AddedMembers> {
  const manager = 'manager' in scope.db ? scope.db.manager : scope.db;
  const segment: unknown[] = await manager.query('SELECT 1 FROM segments WHERE id = $1', [segmentId]);
  if (segment.length === 0) throw notFound('Segment', segmentId, 'segmentId');
  return addCustomersToCampaign(scope, campaignId, await segmentMemberIds(manager, segmentId));
}

/**
 * What a campaign's message did for its customer's membership (sent, delivered, opened, clicked),
 * inside the message's change: the member moves forward to it; a customer who is no member of the
 * campaign, or a member further along already, stays as is.
 */
export async function advanceCustomerMember(
  change: Change,
  campaignId: string,
  customerId: string,
  status: MemberStatus,
): Promise<void> {
  const [member] = await change.manager
    .getRepository(CampaignMember)
    .find({ where: { campaignId, customerId }, lock: { mode: 'pessimistic_write' } });
  if (!member || !canMoveMember(member.status, status)) return;
  const after = await change.update(CampaignMember, member, { status }, { action: 'advanceCampaignMember' });
  change.publish(campaignMemberStatusChanged(after, member.status, change.origin));
}

/** Moves a member forward (TARGETED → … → CONVERTED) once its campaign reaches people. */
export function setCampaignMemberStatus(
  scope: ChangeScope,
  seen: { id: string; version?: number | null },
  status: MemberStatus,
): Promise<CampaignMember> {
  return runChange(scope, async (change) => {
    const before = await change.lock(CampaignMember, seen.id, { version: seen.version, field: 'memberId' });
    const campaign = await change.manager.findOneByOrFail(Campaign, { id: before.campaignId });
    assertReachable(campaign.status, 'memberId');
    assertMemberMove(before.status, status, 'status');
    const after = await change.update(
      CampaignMember,
      before,
      { status },
      { action: 'setCampaignMemberStatus' },
    );
    change.publish(campaignMemberStatusChanged(after, before.status, change.origin));
    return after;
  });
}

/**
 * A lead that was converted reaches CONVERTED in every campaign that reaches people (scheduled,
 * running or completed) and counts it as a member; a redelivery finds nothing left to move.
 */
export function convertLeadMembers(scope: ChangeScope, leadId: string): Promise<number> {
  return runChange(scope, async (change) => {
    const due: { id: string }[] = await change.manager.query(
      `SELECT m.id FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id
       WHERE m.lead_id = $1 AND m.status <> 'CONVERTED' AND c.status IN ('SCHEDULED', 'ACTIVE', 'COMPLETED')`,
      [leadId],
    );
    for (const { id } of due) {
      const before = await change.lock(CampaignMember, id);
      if (before.status === 'CONVERTED') continue;
      const after = await change.update(
        CampaignMember,
        before,
        { status: 'CONVERTED' },
        { action: 'convertLeadMembers' },
      );
      change.publish(campaignMemberStatusChanged(after, before.status, change.origin));
    }
    return due.length;
  });
}
