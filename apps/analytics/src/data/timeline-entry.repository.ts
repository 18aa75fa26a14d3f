import type { EntityManager } from 'typeorm';
import type { ChildrenFilter } from '@crm/subgraph-kit';
import { TIMELINE_KIND_GRANTS, type TimelineEntryDraft } from '../domain/timeline-mappings';
import type { TimelineReach } from '../domain/timeline-reach';
import { TIMELINE_KIND_LABELS, TIMELINE_KINDS, type TimelineKind } from '../domain/timeline-kind';

/** Entries whose record is the deal itself (an order placed from a deal is the order's). */
const DEAL_KINDS: TimelineKind[] = TIMELINE_KINDS.filter(
  (kind) => TIMELINE_KIND_GRANTS[kind] === 'opportunity:read',
);

/** What is left of an entry of an erased customer: its kind's label, no summary. */
export const anonymised = (draft: TimelineEntryDraft): TimelineEntryDraft => ({
  ...draft,
  title: TIMELINE_KIND_LABELS[draft.kind],
  summary: null,
});

/**
 * Inserts the entry, or replaces it with a newer revision of the same record; a late, older
 * revision changes nothing. An entry without an owner of its own takes its order's, whichever of
 * the two reached analytics first.
 */
export async function upsertTimelineEntry(
  manager: EntityManager,
  draft: TimelineEntryDraft,
  ownerId: string | null,
  recordedAt: Date,
): Promise<void> {
  // An order and its payments arrive on two topics, applied side by side: the order's lock makes
  // the later of the two see what the earlier committed, so the owner reaches both entries.
  if (draft.orderId) {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`analytics-order:${draft.orderId}`]);
  }
  await manager.query(
    `INSERT INTO timeline_entries (id, customer_id, kind, occurred_at, title, summary, interaction_id,
                                   opportunity_id, order_id, payment_id, revision, owner_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
             COALESCE($12, (SELECT owner_id FROM timeline_entries WHERE order_id = $9 AND kind = 'ORDER_PLACED'
                              AND owner_id IS NOT NULL LIMIT 1)),
             $13)
     ON CONFLICT (id) DO UPDATE SET
       customer_id = EXCLUDED.customer_id, kind = EXCLUDED.kind, occurred_at = EXCLUDED.occurred_at,
       title = EXCLUDED.title, summary = EXCLUDED.summary, interaction_id = EXCLUDED.interaction_id,
       opportunity_id = EXCLUDED.opportunity_id, order_id = EXCLUDED.order_id,
       payment_id = EXCLUDED.payment_id, revision = EXCLUDED.revision, created_at = EXCLUDED.created_at,
       owner_id = COALESCE(EXCLUDED.owner_id, timeline_entries.owner_id)
     WHERE timeline_entries.revision <= EXCLUDED.revision`,
    [
      draft.id,
      draft.customerId,
      draft.kind,
      draft.occurredAt,
      draft.title,
      draft.summary,
      draft.interactionId,
      draft.opportunityId,
      draft.orderId,
      draft.paymentId,
      draft.revision,
      ownerId,
      recordedAt,
    ],
  );
  if (draft.kind === 'ORDER_PLACED' && ownerId !== null) {
    await manager.query(
      'UPDATE timeline_entries SET owner_id = $2 WHERE order_id = $1 AND owner_id IS NULL',
      [draft.orderId, ownerId],
    );
  }
}

/** The entries about a deal (opened, won, lost) belong to its new owner. */
export async function handOverDealEntries(
  manager: EntityManager,
  opportunityId: string,
  ownerId: string | null,
): Promise<void> {
  await manager.query(
    `UPDATE timeline_entries SET owner_id = $2
      WHERE opportunity_id = $1 AND kind = ANY($3) AND owner_id IS DISTINCT FROM $2`,
    [opportunityId, ownerId, DEAL_KINDS],
  );
}

/**
 * The page filter showing only the entries the caller may see; null when they may see none. One
 * group of kinds without owners is a plain kind filter (none at all when it holds every kind).
 */
export function timelineFilterOf(reach: TimelineReach[]): ChildrenFilter | null {
  if (reach.length === 0) return null;
  const [only] = reach;
  if (reach.length === 1 && only.ownerIds === null)
    return { filter: only.kinds.length < TIMELINE_KINDS.length ? { kind: only.kinds } : null };
  return {
    filter: null,
    anyOf: reach.map(({ kinds, ownerIds }): Record<string, string[]> =>
      ownerIds ? { kind: kinds, owner_id: ownerIds } : { kind: kinds },
    ),
  };
}

export async function moveTimelineEntries(
  manager: EntityManager,
  survivorId: string,
  mergedIds: string[],
): Promise<void> {
  await manager.query('UPDATE timeline_entries SET customer_id = $1 WHERE customer_id = ANY($2)', [
    survivorId,
    mergedIds,
  ]);
}

/** Each entry keeps only its kind's label as title; summaries go. */
export async function anonymiseTimelineOf(manager: EntityManager, customerId: string): Promise<void> {
  const labels = Object.entries(TIMELINE_KIND_LABELS);
  await manager.query(
    `UPDATE timeline_entries AS entry SET title = label.title, summary = NULL
       FROM unnest($2::text[], $3::text[]) AS label (kind, title)
      WHERE entry.customer_id = $1 AND entry.kind = label.kind`,
    [customerId, labels.map(([kind]) => kind), labels.map(([, title]) => title)],
  );
}

/** The communication records on a customer's timeline, whose audit entries are theirs too. */
export async function interactionIdsOf(manager: EntityManager, customerId: string): Promise<string[]> {
  const rows: { interaction_id: string }[] = await manager.query(
    'SELECT interaction_id FROM timeline_entries WHERE customer_id = $1 AND interaction_id IS NOT NULL',
    [customerId],
  );
  return rows.map((row) => row.interaction_id);
}
