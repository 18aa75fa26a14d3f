import type { EventHandler, EventHandlers } from '@crm/messaging';

/** The quota as it now is (one event per set; a later version replaces an earlier one only). */
const onQuotaSet: EventHandler<'crm.sales.quota.set'> = async (event, manager) => {
  const quota = event.data;
  await manager.query(
    `INSERT INTO sales_quotas (quota_id, user_id, team_id, period, starts_on, ends_on, target_amount, currency, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (quota_id) DO UPDATE SET target_amount = EXCLUDED.target_amount, currency = EXCLUDED.currency,
       version = EXCLUDED.version
     WHERE sales_quotas.version < EXCLUDED.version`,
    [
      quota.quotaId,
      quota.userId,
      quota.teamId,
      quota.period,
      quota.startsOn,
      quota.endsOn,
      quota.targetAmount,
      quota.currency,
      quota.version,
    ],
  );
};

/** A deal that reached its currency's large-deal threshold, listed for managers. */
const onLargeDeal: EventHandler<'crm.sales.opportunity.large_deal_detected'> = async (event, manager) => {
  const alert = event.data;
  await manager.query(
    `INSERT INTO large_deal_alerts (opportunity_id, detected_at, amount, currency, threshold, owner_id, team_id, manager_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
    [
      alert.opportunityId,
      alert.detectedAt,
      alert.amount,
      alert.currency,
      alert.threshold,
      alert.ownerId,
      alert.teamId,
      alert.managerId,
    ],
  );
};

/** Quotas and large-deal alerts: what attainment and alerts are measured against (teams: report_user_teams). */
export const salesTargetHandlers: EventHandlers = {
  'crm.sales.quota.set': onQuotaSet,
  'crm.sales.opportunity.large_deal_detected': onLargeDeal,
};
