import type { Caller } from '@crm/auth';
import { isUuid } from '@crm/db';
import { scopeOf, visibleOwnerIds } from '@crm/permissions';
import { TIMELINE_KINDS, type TimelineKind } from './timeline-kind';
import { CUSTOMER_RECORD, TIMELINE_KIND_GRANTS } from './timeline-mappings';

/** Entries of these kinds whose record is owned by one of `ownerIds` (null: by anyone, or by no one). */
export interface TimelineReach {
  kinds: TimelineKind[];
  ownerIds: string[] | null;
}

/**
 * Which entries of a customer's timeline the caller may see, as SQL can filter them (so pages
 * stay full and cursors right): each kind needs the grant that reads its record, within the
 * grant's record scope. Entries about the customer itself need nothing more than the timeline,
 * which is shown only to callers who reach the customer.
 */
export function timelineReachOf(caller: Caller, asked?: readonly TimelineKind[] | null): TimelineReach[] {
  const groups = new Map<string, TimelineReach>();
  for (const kind of asked?.length ? TIMELINE_KINDS.filter((k) => asked.includes(k)) : TIMELINE_KINDS) {
    const grant = TIMELINE_KIND_GRANTS[kind];
    const scope = scopeOf(caller, grant);
    if (!scope) continue;
    const ownerIds = grant === CUSTOMER_RECORD ? null : visibleOwnerIds(caller, scope);
    const owners = ownerIds && ownerIds.filter(isUuid);
    const key = owners ? owners.join(',') : '*';
    const group = groups.get(key) ?? { kinds: [], ownerIds: owners };
    group.kinds.push(kind);
    groups.set(key, group);
  }
  return [...groups.values()];
}
