import { attributeRevenue, type ConvertedLead, type CustomerPayment } from './attribution';
import { returnOnInvestment } from './attribution-roi';

/** What Campaign.performance shows of one campaign; amounts are exact decimal strings in one currency. */
export interface CampaignPerformance {
  leads: number;
  convertedLeads: number;
  cost: string;
  firstTouch: { revenue: string; roi: string | null };
  lastTouch: { revenue: string; roi: string | null };
}

export interface CampaignFacts {
  leadCounts: ReadonlyMap<string, { leads: number; converted: number }>;
  leads: readonly ConvertedLead[];
  payments: readonly CustomerPayment[];
  costs: ReadonlyMap<string, string>;
}

/** The performance of each campaign asked for, under both attribution models. */
export function campaignPerformances(
  campaignIds: readonly string[],
  facts: CampaignFacts,
  windowDays: number,
): Map<string, CampaignPerformance> {
  const first = attributeRevenue(facts.leads, facts.payments, 'FIRST_TOUCH', windowDays);
  const last = attributeRevenue(facts.leads, facts.payments, 'LAST_TOUCH', windowDays);
  return new Map(
    campaignIds.map((id) => {
      const cost = facts.costs.get(id) ?? '0';
      const touch = (revenue: string) => ({ revenue, roi: returnOnInvestment(revenue, cost) });
      const counts = facts.leadCounts.get(id) ?? { leads: 0, converted: 0 };
      return [
        id,
        {
          leads: counts.leads,
          convertedLeads: counts.converted,
          cost,
          firstTouch: touch(first.get(id) ?? '0'),
          lastTouch: touch(last.get(id) ?? '0'),
        },
      ];
    }),
  );
}
