import type { EventHandler, EventHandlers } from '@crm/messaging';
import { funnelStep } from '../domain/funnel-stage';
import {
  addDealToRollups,
  withdrawDealFromRollups,
  wonConvertedSql,
} from '../reports/sales/sales-deal-rollups';

const dayOf = (isoTime: string) => isoTime.slice(0, 10);

/** A new deal, at the step of the funnel it was created in, counted in the roll-ups once. */
const onCreated: EventHandler<'crm.sales.opportunity.created'> = async (event, manager) => {
  const deal = event.data;
  const inserted: unknown[] = await manager.query(
    `INSERT INTO sales_deals (opportunity_id, owner_id, amount, currency, stage, probability, expected_close_date,
                              created_at, created_on, furthest_stage, customer_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (opportunity_id) DO NOTHING RETURNING opportunity_id`,
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
      deal.customerId,
    ],
  );
  if (inserted.length > 0) await addDealToRollups(manager, deal.opportunityId);
};

/** The deal as it now is: amount, currency, probability, close date, owner and customer. */
const onUpdated: EventHandler<'crm.sales.opportunity.updated'> = async (event, manager) => {
  const deal = event.data;
  await withdrawDealFromRollups(manager, deal.opportunityId);
  await manager.query(
    `UPDATE sales_deals SET owner_id = $2, amount = $3, currency = $4::text, probability = $5, expected_close_date = $6,
            customer_id = $7, won_converted = ${wonConvertedSql('outcome', '$3', '$4', 'closed_on')}
     WHERE opportunity_id = $1`,
    [
      deal.opportunityId,
      deal.ownerId,
      deal.amount,
      deal.currency,
      deal.probability,
      deal.expectedCloseDate,
      deal.customerId,
    ],
  );
  await addDealToRollups(manager, deal.opportunityId);
};

/**
 * A move through the funnel: the furthest step only grows (stage history), a close sets the
 * outcome and its day, a reopen clears them.
 */
const onStageChanged: EventHandler<'crm.sales.opportunity.stage_changed'> = async (event, manager) => {
  const change = event.data;
  const outcome = change.toStage === 'CLOSED_WON' ? 'WON' : change.toStage === 'CLOSED_LOST' ? 'LOST' : null;
  await withdrawDealFromRollups(manager, change.opportunityId);
  await manager.query(
    `UPDATE sales_deals SET stage = $2, probability = $3, amount = $4, currency = $5::text, owner_id = $6,
            outcome = $7, closed_at = $8, closed_on = $9, furthest_stage = greatest(furthest_stage, $10),
            customer_id = $11, won_converted = ${wonConvertedSql('$7::text', '$4', '$5', '$9::date')}
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
      change.customerId,
    ],
  );
  await addDealToRollups(manager, change.opportunityId);
};

/**
 * A converted lead's deal takes the lead's source (win rate by source). It travels on the lead's
 * topic, before or after the deal's events: a deal already counted moves to its source's roll-ups.
 */
const onLeadConverted: EventHandler<'crm.sales.lead.converted'> = async (event, manager) => {
  const { opportunityId, source } = event.data;
  if (!opportunityId) return;
  await withdrawDealFromRollups(manager, opportunityId);
  await manager.query(
    `INSERT INTO sales_deal_sources (opportunity_id, source) VALUES ($1, $2)
     ON CONFLICT (opportunity_id) DO UPDATE SET source = EXCLUDED.source`,
    [opportunityId, source],
  );
  await addDealToRollups(manager, opportunityId);
};

/** `sales_deals`, `sales_deal_sources` and their monthly roll-ups: every deal's figures the sales reports count. */
export const salesDealHandlers: EventHandlers = {
  'crm.sales.opportunity.created': onCreated,
  'crm.sales.opportunity.updated': onUpdated,
  'crm.sales.opportunity.stage_changed': onStageChanged,
  'crm.sales.lead.converted': onLeadConverted,
};
