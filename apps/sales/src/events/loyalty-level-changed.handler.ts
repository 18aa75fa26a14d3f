import type { EventHandler } from '@crm/messaging';

/**
 * Keeps the member's loyalty discount for their new quotes. Upserted by customer, and only by a
 * change at least as recent as the stored one: redelivered or late events leave it as it is.
 */
export const onLoyaltyLevelChanged: EventHandler<'crm.marketing.loyalty.level_changed'> = async (
  event,
  manager,
) => {
  const { customerId, quoteDiscountPercent, level, changedAt } = event.data;
  await manager.query(
    `INSERT INTO customer_loyalty_discounts (customer_id, discount_percent, level, changed_at)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (customer_id) DO UPDATE
       SET discount_percent = EXCLUDED.discount_percent, level = EXCLUDED.level, changed_at = EXCLUDED.changed_at
       WHERE customer_loyalty_discounts.changed_at <= EXCLUDED.changed_at`,
    [customerId, quoteDiscountPercent, level, changedAt],
  );
};
