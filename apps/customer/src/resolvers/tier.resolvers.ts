import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { conflict, forbidden } from '@crm/errors';
import { guard, requireScope } from '@crm/permissions';
import { recordAudit, type PageRequest, type RequestContext } from '@crm/subgraph-kit';
import type { Customer } from '../data/customer.entity';
import {
  loadTierRules,
  revenueEntriesOf,
  TIER_RULES_AUDIT_ID,
  TIER_RULES_ID,
  tierRulesColumns,
  type StoredTierRules,
} from '../data/customer-value.repository';
import { reevaluateTier } from '../data/customer-value.writer';
import type { TierChange } from '../data/tier-change.entity';
import { TierRulesRow } from '../data/tier-rules.entity';
import { parseTierRules, type TierRulesInput } from '../domain/tier-rules';
import type { CustomerLoaders } from '../customer-loaders';
import { actorOf, changeCustomer } from './customer-change';

type Context = RequestContext<CustomerLoaders>;

const tierRulesView = (rules: StoredTierRules) => ({
  ...rules,
  loyaltyMinOrders: rules.loyalty.minOrders,
  loyaltyWindowMonths: rules.loyalty.windowMonths,
});

/** Rules change what every tier means: only a caller whose customer write scope is 'all' (ADMIN). */
async function setTierRules(input: TierRulesInput & { version?: number | null }, context: Context) {
  if (requireScope(context.caller, 'customer:write') !== 'all')
    throw forbidden('Only administrators may change the tier rules');
  const rules = parseTierRules(input);
  return context.dataSource.transaction(async (manager) => {
    const before = await loadTierRules(manager, { lock: true });
    if (input.version !== null && input.version !== undefined && input.version !== before.version)
      throw conflict(
        `The tier rules were changed by someone else (version ${before.version}, you had ${input.version}); reload and retry`,
      );
    await manager
      .createQueryBuilder()
      .update(TierRulesRow)
      .set({
        ...tierRulesColumns(rules),
        updatedBy: context.caller.userId,
        updatedAt: new Date(),
        version: () => 'version + 1',
      })
      .where('id = :id', { id: TIER_RULES_ID })
      .execute();
    const after = await loadTierRules(manager);
    await recordAudit(manager, context, {
      action: 'setTierRules',
      entityType: 'TierRules',
      entityId: TIER_RULES_AUDIT_ID,
      before: tierRulesColumns(before),
      after: tierRulesColumns(after),
    });
    return tierRulesView(after);
  });
}

function reevaluateCustomerTier(id: string, context: Context): Promise<Customer> {
  return changeCustomer(
    context,
    'reevaluateCustomerTier',
    { id, field: 'id' },
    async (manager, customer, origin) => {
      const rules = await loadTierRules(manager);
      const entries = await revenueEntriesOf(manager, customer.id);
      const { events } = await reevaluateTier(manager, customer, entries, rules, origin);
      return events;
    },
  );
}

export const tierResolvers: GraphQLResolverMap<Context> = {
  Query: {
    tierRules: guard('customer:read', async (_: unknown, __: unknown, context: Context) =>
      tierRulesView(await loadTierRules(context.dataSource.manager)),
    ),
  },
  Mutation: {
    setTierRules: guard(
      'customer:write',
      (_: unknown, { input }: { input: TierRulesInput & { version?: number | null } }, context: Context) =>
        setTierRules(input, context),
    ),
    reevaluateCustomerTier: guard('customer:write', (_: unknown, { id }: { id: string }, context: Context) =>
      reevaluateCustomerTier(id, context),
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
