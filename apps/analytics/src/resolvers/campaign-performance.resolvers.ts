import { formatAmount } from '@crm/db';
import { guard } from '@crm/permissions';
import type { CampaignPerformance } from '../domain/attribution-performance';
import type { Resolvers } from '../generated/resolvers-types';

const money = (amount: string, currency: string) => ({ amount: formatAmount(amount, currency), currency });

/** The graph's shape of a campaign's performance: every amount in the reporting currency. */
function shown(
  performance: CampaignPerformance & { currency: string; complete: boolean; windowDays: number },
) {
  const { currency } = performance;
  const touch = (attribution: CampaignPerformance['firstTouch']) => ({
    revenue: money(attribution.revenue, currency),
    roi: attribution.roi,
  });
  return {
    leads: performance.leads,
    convertedLeads: performance.convertedLeads,
    cost: money(performance.cost, currency),
    firstTouch: touch(performance.firstTouch),
    lastTouch: touch(performance.lastTouch),
    attributionWindowDays: performance.windowDays,
    complete: performance.complete,
  };
}

export const campaignPerformanceResolvers: Resolvers = {
  Campaign: {
    performance: guard('report:read', async (campaign, _args, context) =>
      shown(await context.loaders.performanceOfCampaign.load(campaign.id)),
    ),
  },
};
