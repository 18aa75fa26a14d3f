import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard } from '@crm/permissions';
import { scopeOfRequest, type PageRequest, type RequestContext } from '@crm/subgraph-kit';
import { reevaluateCustomerTier, setTierRules } from '../changes/tier.changes';
import type { Customer } from '../data/customer.entity';
import { loadTierRules, type StoredTierRules } from '../data/customer-value.repository';
import type { TierChange } from '../data/tier-change.entity';
import type { TierRulesInput } from '../domain/tier-rules';
import type { CustomerLoaders } from '../customer-loaders';
import { actorOf } from './history-actor';

type Context = RequestContext<CustomerLoaders>;

const tierRulesView = (rules: StoredTierRules) => ({
  ...rules,
  loyaltyMinOrders: rules.loyalty.minOrders,
  loyaltyWindowMonths: rules.loyalty.windowMonths,
});

export const tierResolvers: GraphQLResolverMap<Context> = {
  Query: {
    tierRules: guard('customer:read', async (_: unknown, __: unknown, context: Context) =>
      tierRulesView(await loadTierRules(context.dataSource.manager)),
    ),
  },
  Mutation: {
    setTierRules: guard(
      'customer:write',
      async (
        _: unknown,
        { input }: { input: TierRulesInput & { version?: number | null } },
        context: Context,
      ) => tierRulesView(await setTierRules(scopeOfRequest(context), input)),
    ),
    reevaluateCustomerTier: guard('customer:write', (_: unknown, { id }: { id: string }, context: Context) =>
      reevaluateCustomerTier(scopeOfRequest(context), id),
    ),
  },
  Customer: {
    tierHistory: guard('customer:read', (customer: Customer, page: PageRequest, context: Context) =>
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
