import type { EntityManager } from 'typeorm';

/**
 * A merge folds customers into a survivor: in each campaign the survivor keeps one membership.
 * Where only merged customers were members, the earliest becomes the survivor's; the others'
 * responses move to the survivor's membership and the duplicates go.
 */
export async function mergeMemberCustomers(
  manager: EntityManager,
  survivorId: string,
  mergedIds: string[],
): Promise<void> {
  await manager.query(
    `UPDATE campaign_members SET customer_id = $1, updated_at = now(), version = version + 1
     WHERE id IN (
       SELECT DISTINCT ON (m.campaign_id) m.id FROM campaign_members m
       WHERE m.customer_id = ANY($2) AND NOT EXISTS (
         SELECT 1 FROM campaign_members s WHERE s.campaign_id = m.campaign_id AND s.customer_id = $1)
       ORDER BY m.campaign_id, m.created_at, m.id)`,
    [survivorId, mergedIds],
  );
  await manager.query(
    `UPDATE campaign_responses r SET member_id = s.id
     FROM campaign_members m JOIN campaign_members s ON s.campaign_id = m.campaign_id AND s.customer_id = $1
     WHERE r.member_id = m.id AND m.customer_id = ANY($2)`,
    [survivorId, mergedIds],
  );
  await manager.query('DELETE FROM campaign_members WHERE customer_id = ANY($1)', [mergedIds]);
}

/** Erasure (GDPR Art. 17): response notes may quote the person; ids and counts stay. */
export async function eraseMemberNotes(manager: EntityManager, customerId: string): Promise<void> {
  await manager.query(
    `UPDATE campaign_responses SET note = NULL
     WHERE member_id IN (SELECT id FROM campaign_members WHERE customer_id = $1)`,
    [customerId],
  );
}
