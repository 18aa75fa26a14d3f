import { newId } from '@crm/db';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import {
  countBaskets,
  replacePopularity,
  replaceRules,
  type MinedRule,
} from '../data/recommendation-model.repository';
import {
  meetsThresholds,
  minimumPairCount,
  ruleMeasures,
  type RuleThresholds,
} from '../domain/association-rule';
import { rulesRecomputed, type RulesRecomputed } from '../events/rules-recomputed.event';

/**
 * Recomputes the next-best-product model from every purchase marketing knows: co-purchase rules
 * (counted in SQL, measured and filtered by domain code) and popularity per group, replacing the
 * last run's in one transaction, with rules_recomputed in the outbox.
 */
export function recomputeRecommendations(
  scope: ChangeScope,
  thresholds: RuleThresholds,
  computedAt: Date,
): Promise<RulesRecomputed> {
  return runChange(scope, async (change) => {
    const counts = await countBaskets(change.manager, (customers) => minimumPairCount(customers, thresholds));
    const rules: MinedRule[] = [];
    for (const { antecedentProductId, consequentProductId, bothBuyers } of counts.pairs) {
      const pair = {
        customers: counts.customers,
        antecedentBuyers: counts.buyers.get(antecedentProductId) ?? 0,
        consequentBuyers: counts.buyers.get(consequentProductId) ?? 0,
        bothBuyers,
      };
      const measures = ruleMeasures(pair);
      if (meetsThresholds(pair, measures, thresholds)) {
        rules.push({ antecedentProductId, consequentProductId, customerCount: bothBuyers, ...measures });
      }
    }
    await replaceRules(change.manager, rules, computedAt);
    const groupCount = await replacePopularity(change.manager, thresholds.minCustomers, computedAt);
    const summary: RulesRecomputed = {
      runId: newId(),
      computedAt: computedAt.toISOString(),
      customerCount: counts.customers,
      productCount: counts.products,
      ruleCount: rules.length,
      groupCount,
      thresholds,
    };
    change.publish(rulesRecomputed(summary, change.origin));
    return summary;
  });
}
