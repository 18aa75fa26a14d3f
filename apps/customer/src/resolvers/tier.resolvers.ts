import type { Resolvers } from '../generated/resolvers-types';
import { guard } from '@crm/permissions';
import { scopeOfRequest } from '@crm/subgraph-kit';
import { reevaluateCustomerTier, setTierRules } from '../changes/tier.changes';
import { loadTierRules, type StoredTierRules } from '../data/customer-value.repository';
import type { TierChange } from '../data/tier-change.entity';
import { actorOf } from './history-actor';

const tierRulesView = (rules: StoredTierRules) => ({
  ...rules,
  loyaltyMinOrders: rules.loyalty.minOrders,
  loyaltyWindowMonths: rules.loyalty.windowMonths,
});

export const tierResolvers: Resolvers = {
  Query: {
    tierRules: guard('customer:read', async (_, __, context) =>
      tierRulesView(await loadTierRules(context.dataSource.manager)),
    ),
  },
  Mutation: {
    setTierRules: guard('customer:write', async (_, { input }, context) =>
      tierRulesView(await setTierRules(scopeOfRequest(context), input)),
    ),
    reevaluateCustomerTier: guard('customer:write', (_, { id }, context) =>
      reevaluateCustomerTier(scopeOfRequest(context), id),
    ),
  },
  Customer: {
    tierHistory: guard('customer:read', (customer, page, context) =>
      context.loaders.tierHistoryOfCustomer.load({ parentId: customer.id, ...page }),
    ),
  },
  TierChange: {
    from: (change: TierChange) => change.fromTier,
    to: (change: TierChange) => change.toTier,
    revenue: (change: TierChange) => ({ amount: change.revenue, currency: change.currency }),
    at: (change: TierChange) => change.createdAt,
    actor: actorOf,
  },
};
