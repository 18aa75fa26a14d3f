import { buildEvent, MEMBER_BATCH, type MembershipCause } from '@crm/events';
import type { Change } from '@crm/subgraph-kit';
import {
  activeDynamicSegments,
  addMembers,
  allMembershipsOf,
  removeMembers,
  membershipsOfCustomer,
  syncSegmentMembers,
  type MembershipDiff,
} from '../data/segment-member.repository';
import { Segment } from '../data/segment.entity';
import type { SegmentRule } from '../domain/segment-rule';

/** A segment of 1 M members changes in 2 000 events, not 1 M. */
function batchesOf(ids: string[]): string[][] {
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += MEMBER_BATCH) batches.push(ids.slice(i, i + MEMBER_BATCH));
  return batches;
}

/** member_added / member_removed for a difference, in the change's transaction (the outbox). */
export function publishMembership(
  change: Change,
  segmentId: string,
  diff: MembershipDiff,
  cause: MembershipCause,
  at: Date,
): void {
  const base = { subject: segmentId, ...change.origin };
  for (const customerIds of batchesOf(diff.added)) {
    change.publish(
      buildEvent('crm.marketing.segment.member_added', {
        ...base,
        data: { segmentId, customerIds, cause, addedAt: at.toISOString() },
      }),
    );
  }
  for (const customerIds of batchesOf(diff.removed)) {
    change.publish(
      buildEvent('crm.marketing.segment.member_removed', {
        ...base,
        data: { segmentId, customerIds, cause, removedAt: at.toISOString() },
      }),
    );
  }
}

/** A dynamic segment's whole membership computed in SQL, and its difference published. */
export async function evaluateSegment(
  change: Change,
  segmentId: string,
  rule: SegmentRule,
  now: Date,
): Promise<MembershipDiff> {
  // Profile changes committed before this lock are evaluated here; later ones see this segment
  // (their refresh reads the active segments after this commit). Without it, a profile changing
  // while the segment is made could be missed by both.
  await change.manager.query('LOCK TABLE customer_profiles IN SHARE MODE');
  const diff = await syncSegmentMembers(change.manager, segmentId, rule, now);
  publishMembership(change, segmentId, diff, 'SEGMENT_EVALUATED', now);
  return diff;
}

/**
 * One customer's profile changed: it is tested against every active dynamic segment at once, and
 * only the memberships that changed are written and published (a redelivered event changes none).
 */
export async function refreshCustomerMemberships(
  change: Change,
  customerId: string,
  now: Date,
  cause: MembershipCause = 'PROFILE_CHANGED',
  segments?: Segment[],
): Promise<void> {
  const dynamic = segments ?? (await activeDynamicSegments(change.manager));
  if (dynamic.length === 0) return;
  const ids = dynamic.map((segment) => segment.id);
  const { matched, stored } = await membershipsOfCustomer(change.manager, customerId, dynamic, now);
  for (const segmentId of ids) {
    if (matched.has(segmentId) && !stored.has(segmentId)) {
      const added = await addMembers(change.manager, segmentId, [customerId], now);
      publishMembership(change, segmentId, { added, removed: [] }, cause, now);
    } else if (!matched.has(segmentId) && stored.has(segmentId)) {
      const removed = await removeMembers(change.manager, segmentId, [customerId]);
      publishMembership(change, segmentId, { added: [], removed }, cause, now);
    }
  }
}

/**
 * customer.merged: the duplicates leave every segment; the survivor takes their places on static
 * lists (a list is a hand-made choice of that customer), and is re-evaluated by the rules.
 */
export async function moveMembershipsToSurvivor(
  change: Change,
  survivorId: string,
  mergedIds: string[],
  now: Date,
): Promise<void> {
  for (const mergedId of mergedIds) {
    for (const segmentId of await allMembershipsOf(change.manager, mergedId)) {
      const removed = await removeMembers(change.manager, segmentId, [mergedId]);
      publishMembership(change, segmentId, { added: [], removed }, 'CUSTOMER_MERGED', now);
      const segment = await change.manager.findOneBy(Segment, { id: segmentId });
      if (segment?.kind !== 'STATIC' || segment.status !== 'ACTIVE') continue;
      const added = await addMembers(change.manager, segmentId, [survivorId], now);
      publishMembership(change, segmentId, { added, removed: [] }, 'CUSTOMER_MERGED', now);
    }
  }
  await refreshCustomerMemberships(change, survivorId, now, 'CUSTOMER_MERGED');
}
