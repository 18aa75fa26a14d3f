import { In, type DataSource, type EntityManager } from 'typeorm';
import { ReferralCustomer } from './referral-customer.entity';

export interface ReferralStatsRow {
  customerId: string;
  referred: number;
  refused: number;
  rewarded: number;
  points: number;
}

/** Each referrer's counts in one query (referrals_referrer); customers without referrals get zeros. */
export async function referralStatsOf(
  dataSource: DataSource,
  customerIds: string[],
): Promise<ReferralStatsRow[]> {
  const rows: {
    referrer_customer_id: string;
    referred: string;
    refused: string;
    rewarded: string;
    points: string;
  }[] = await dataSource.query(
    `SELECT referrer_customer_id,
              count(*) FILTER (WHERE status <> 'REFUSED') AS referred,
              count(*) FILTER (WHERE status = 'REFUSED') AS refused,
              count(*) FILTER (WHERE status = 'REWARDED') AS rewarded,
              coalesce(sum(reward_points), 0) AS points
         FROM referrals WHERE referrer_customer_id = ANY($1) GROUP BY referrer_customer_id`,
    [customerIds],
  );
  const byCustomer = new Map(rows.map((row) => [row.referrer_customer_id, row]));
  return customerIds.map((customerId) => {
    const row = byCustomer.get(customerId);
    return {
      customerId,
      referred: Number(row?.referred ?? 0),
      refused: Number(row?.refused ?? 0),
      rewarded: Number(row?.rewarded ?? 0),
      points: Number(row?.points ?? 0),
    };
  });
}

/** Referrer and referred as referral rules see them; unknown customers have no fingerprints. */
export async function referralPartiesOf(manager: EntityManager, customerIds: string[]) {
  const rows = await manager.findBy(ReferralCustomer, { customerId: In(customerIds) });
  const byId = new Map(rows.map((row) => [row.customerId, row]));
  return (customerId: string) => ({
    customerId,
    emailHash: byId.get(customerId)?.emailHash ?? null,
    phoneHash: byId.get(customerId)?.phoneHash ?? null,
  });
}
