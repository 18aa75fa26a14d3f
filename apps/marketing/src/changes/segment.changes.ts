import { isDeepStrictEqual } from 'node:util';
import { newId } from '@crm/db';
import { buildEvent, type EventPayload } from '@crm/events';
import { runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { Segment } from '../data/segment.entity';
import { profilesByIdsOrEmails } from '../data/customer-profile.repository';
import { addMembers, removeMembers } from '../data/segment-member.repository';
import {
  assertActive,
  assertStaticList,
  type NewSegment,
  type SegmentEdit,
} from '../domain/segment-lifecycle';
import type { ListRow } from '../domain/static-list-csv';
import { evaluateSegment, publishMembership } from './segment-membership.changes';

/** The parsed rule tree as the events carry it (plain JSON). */
const ruleJson = (segment: Segment) =>
  segment.rule as unknown as EventPayload<'crm.marketing.segment.created'>['rule'];

/** Creates a segment; a dynamic one gets its members at once (member_added follows segment.created). */
export function createSegment(scope: ChangeScope, input: NewSegment, now: Date): Promise<Segment> {
  return runChange(scope, async (change) => {
    const segment = Object.assign(new Segment(), {
      ...input,
      id: newId(),
      status: 'ACTIVE',
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await change.insert(Segment, segment, { action: 'createSegment' });
    change.publish(
      buildEvent('crm.marketing.segment.created', {
        subject: segment.id,
        ...change.origin,
        data: {
          segmentId: segment.id,
          name: segment.name,
          kind: segment.kind,
          rule: ruleJson(segment),
          createdAt: now.toISOString(),
        },
      }),
    );
    if (segment.rule) await evaluateSegment(change, segment.id, segment.rule, now);
    return segment;
  });
}

/** Renames, describes or re-rules a segment (version-checked); a new rule re-evaluates its members. */
export function updateSegment(
  scope: ChangeScope,
  id: string,
  version: number,
  edit: SegmentEdit,
  now: Date,
): Promise<Segment> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Segment, id, { version, field: 'input.id' });
    assertActive(before.status, 'input.id');
    const changedFields = (Object.keys(edit) as (keyof SegmentEdit)[]).filter(
      // Deep, key-order-blind: Postgres stores jsonb keys in an order of its own.
      (field) => !isDeepStrictEqual(edit[field], before[field]),
    );
    if (changedFields.length === 0) return before;
    const after = await change.update(
      Segment,
      before,
      { ...edit, updatedAt: now },
      { action: 'updateSegment' },
    );
    change.publish(
      buildEvent('crm.marketing.segment.updated', {
        subject: id,
        ...change.origin,
        data: {
          segmentId: id,
          changedFields,
          name: after.name,
          rule: ruleJson(after),
          version: after.version,
          updatedAt: now.toISOString(),
        },
      }),
    );
    if (changedFields.includes('rule') && after.rule) await evaluateSegment(change, id, after.rule, now);
    return after;
  });
}

/** Archives a segment: it keeps its members, frozen, and is no longer evaluated. */
export function archiveSegment(scope: ChangeScope, id: string, version: number, now: Date): Promise<Segment> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Segment, id, { version, field: 'id' });
    assertActive(before.status, 'id');
    const after = await change.update(
      Segment,
      before,
      { status: 'ARCHIVED', updatedAt: now },
      { action: 'archiveSegment' },
    );
    change.publish(
      buildEvent('crm.marketing.segment.archived', {
        subject: id,
        ...change.origin,
        data: { segmentId: id, archivedAt: now.toISOString() },
      }),
    );
    return after;
  });
}

async function lockStaticList(change: Change, segmentId: string): Promise<Segment> {
  const segment = await change.lock(Segment, segmentId, { field: 'segmentId' });
  assertActive(segment.status, 'segmentId');
  assertStaticList(segment.kind, 'segmentId');
  return segment;
}

/** Puts customers on a static list, or takes them off; members it already had (or lacked) change nothing. */
export function editStaticList(
  scope: ChangeScope,
  segmentId: string,
  customerIds: string[],
  edit: 'add' | 'remove',
  now: Date,
): Promise<{ segment: Segment; changed: string[] }> {
  return runChange(scope, async (change) => {
    const segment = await lockStaticList(change, segmentId);
    const changed =
      edit === 'add'
        ? await addMembers(change.manager, segmentId, customerIds, now)
        : await removeMembers(change.manager, segmentId, customerIds);
    const diff = edit === 'add' ? { added: changed, removed: [] } : { added: [], removed: changed };
    publishMembership(change, segmentId, diff, 'LIST_EDITED', now);
    if (changed.length > 0) {
      change.audit({
        action: edit === 'add' ? 'addToStaticList' : 'removeFromStaticList',
        entityType: 'Segment',
        entityId: segmentId,
        before: null,
        after: { [edit === 'add' ? 'addedCustomerIds' : 'removedCustomerIds']: changed },
      });
    }
    return { segment, changed };
  });
}

export interface UnknownListRow {
  line: number;
  value: string;
  reason: string;
}

export interface StaticListImport {
  segment: Segment;
  added: number;
  alreadyMembers: number;
  unknownRows: UnknownListRow[];
}

/** The customers a list's rows name, and the rows that name none marketing knows. */
async function resolveListRows(change: Change, rows: ListRow[]) {
  const known = await profilesByIdsOrEmails(
    change.manager,
    rows.filter((row) => row.kind === 'id').map((row) => row.value),
    rows.filter((row) => row.kind === 'email').map((row) => row.value),
  );
  const byId = new Set(known.map((profile) => profile.customerId));
  const byEmail = new Map(known.filter((p) => p.email).map((p) => [p.email!.toLowerCase(), p.customerId]));
  const customerIds: string[] = [];
  const unknownRows: UnknownListRow[] = [];
  for (const row of rows) {
    const id =
      row.kind === 'id'
        ? byId.has(row.value)
          ? row.value
          : undefined
        : byEmail.get(row.value.toLowerCase());
    if (id) customerIds.push(id);
    else
      unknownRows.push({
        line: row.line,
        value: row.value,
        reason:
          row.kind === 'invalid'
            ? 'is neither a customer id nor an e-mail address'
            : `no customer with this ${row.kind === 'id' ? 'id' : 'e-mail address'} is known to marketing`,
      });
  }
  return { customerIds: [...new Set(customerIds)], unknownRows };
}

/** Adds the customers a CSV names to a static list; rows naming no known customer are reported back. */
export function importStaticList(
  scope: ChangeScope,
  segmentId: string,
  rows: ListRow[],
  now: Date,
): Promise<StaticListImport> {
  return runChange(scope, async (change) => {
    const segment = await lockStaticList(change, segmentId);
    const { customerIds, unknownRows } = await resolveListRows(change, rows);
    const added = await addMembers(change.manager, segmentId, customerIds, now);
    publishMembership(change, segmentId, { added, removed: [] }, 'LIST_EDITED', now);
    if (added.length > 0) {
      change.audit({
        action: 'importStaticList',
        entityType: 'Segment',
        entityId: segmentId,
        before: null,
        after: { addedCustomerIds: added },
      });
    }
    return { segment, added: added.length, alreadyMembers: customerIds.length - added.length, unknownRows };
  });
}
