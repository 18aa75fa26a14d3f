import type { EventHandler, EventHandlers } from '@crm/messaging';
import { funnelStep } from '../domain/funnel-stage';

const dayOf = (isoTime: string) => isoTime.slice(0, 10);

/** A new deal, at the step of the funnel it was created in. */
const onCreated: EventHandler<'crm.sales.opportunity.created'> = async (event, manager) => {
  const deal = event.data;
  await manager.query(
    `INSERT INTO sales_deals (opportunity_id, owner_id, amount, currency, stage, probability, expected_close_date,
                              created_at, created_on, furthest_stage)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (opportunity_id) DO NOTHING`,
    [
      deal.opportunityId,
      deal.ownerId,
      deal.amount,
      deal.currency,
      deal.stage,
      deal.probability,
      deal.expectedCloseDate,
      deal.createdAt,
      dayOf(deal.createdAt),
      funnelStep(deal.stage),
    ],
  );
};

/** The deal as it now is: amount, currency, probability, close date and owner. */
const onUpdated: EventHandler<'crm.sales.opportunity.updated'> = async (event, manager) => {
  const deal = event.data;
  await manager.query(
    `UPDATE sales_deals SET owner_id = $2, amount = $3, currency = $4, probability = $5, expected_close_date = $6
     WHERE opportunity_id = $1`,
    [deal.opportunityId, deal.ownerId, deal.amount, deal.currency, deal.probability, deal.expectedCloseDate],
  );
};

/**
 * A move through the funnel: the furthest step only grows (stage history), a close sets the
 * outcome and its day, a reopen clears them.
 */
const onStageChanged: EventHandler<'crm.sales.opportunity.stage_changed'> = async (event, manager) => {
  const change = event.data;
  const outcome = change.toStage === 'CLOSED_WON' ? 'WON' : change.toStage === 'CLOSED_LOST' ? 'LOST' : null;
  await manager.query(
    `UPDATE sales_deals SET stage = $2, probability = $3, amount = $4, currency = $5, owner_id = $6,
            outcome = $7, closed_at = $8, closed_on = $9, furthest_stage = greatest(furthest_stage, $10)
     WHERE opportunity_id = $1`,
    [
      change.opportunityId,
      change.toStage,
      change.probability,
      change.amount,
      change.currency,
      change.ownerId,
      outcome,
      outcome ? change.changedAt : null,
      outcome ? dayOf(change.changedAt) : null,
      funnelStep(change.toStage),
    ],
  );
};

/** A converted lead's deal takes the lead's source (win rate by source). */
const onLeadConverted: EventHandler<'crm.sales.lead.converted'> = async (event, manager) => {
  const { opportunityId, source } = event.data;
  if (!opportunityId) return;
  await manager.query(
    `INSERT INTO sales_deal_sources (opportunity_id, source) VALUES ($1, $2)
     ON CONFLICT (opportunity_id) DO UPDATE SET source = EXCLUDED.source`,
    [opportunityId, source],
  );
};

/** `sales_deals` and `sales_deal_sources`: every deal's figures the sales reports count. */
export const salesDealHandlers: EventHandlers = {
  'crm.sales.opportunity.created': onCreated,
  'crm.sales.opportunity.updated': onUpdated,
  'crm.sales.opportunity.stage_changed': onStageChanged,
  'crm.sales.lead.converted': onLeadConverted,
};
