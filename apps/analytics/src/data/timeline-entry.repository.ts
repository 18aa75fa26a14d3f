import type { EntityManager } from 'typeorm';
import type { TimelineEntryDraft } from '../domain/timeline-mappings';
import { TIMELINE_KIND_LABELS } from '../domain/timeline-kind';

/** What is left of an entry of an erased customer: its kind's label, no summary. */
export const anonymised = (draft: TimelineEntryDraft): TimelineEntryDraft => ({
  ...draft,
  title: TIMELINE_KIND_LABELS[draft.kind],
  summary: null,
});

/**
 * Inserts the entry, or replaces it with a newer revision of the same record; a late, older
 * revision changes nothing.
 */
export async function upsertTimelineEntry(manager: EntityManager, draft: TimelineEntryDraft): Promise<void> {
  await manager.query(
    `INSERT INTO timeline_entries (id, customer_id, kind, occurred_at, title, summary, interaction_id,
                                   opportunity_id, order_id, payment_id, revision, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now())
     ON CONFLICT (id) DO UPDATE SET
       customer_id = EXCLUDED.customer_id, kind = EXCLUDED.kind, occurred_at = EXCLUDED.occurred_at,
       title = EXCLUDED.title, summary = EXCLUDED.summary, interaction_id = EXCLUDED.interaction_id,
       opportunity_id = EXCLUDED.opportunity_id, order_id = EXCLUDED.order_id,
       payment_id = EXCLUDED.payment_id, revision = EXCLUDED.revision
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
    ],
  );
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
