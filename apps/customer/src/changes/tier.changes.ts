import { conflict, forbidden } from '@crm/errors';
import { requireScope } from '@crm/permissions';
import { parseId, runChange, type ChangeScope } from '@crm/subgraph-kit';
import type { Customer } from '../data/customer.entity';
import {
  loadTierRules,
  revenueEntriesOf,
  TIER_RULES_AUDIT_ID,
  TIER_RULES_ID,
  tierRulesColumns,
  type StoredTierRules,
} from '../data/customer-value.repository';
import { TierRulesRow } from '../data/tier-rules.entity';
import { parseTierRules, type TierRulesInput } from '../domain/tier-rules';
import { lockCustomerToChange } from './customer-lock';
import { reevaluateTier } from './customer-value.changes';

/** Rules change what every tier means: only a caller whose customer write scope is 'all' (ADMIN). */
export function setTierRules(
  scope: ChangeScope,
  input: TierRulesInput & { version?: number | null },
): Promise<StoredTierRules> {
  if (requireScope(scope.caller, 'customer:write') !== 'all')
    throw forbidden('Only administrators may change the tier rules');
  const rules = parseTierRules(input);
  return runChange(scope, async (change) => {
    // One row with a number id: locked by its repository, its version compared here.
    const before = await loadTierRules(change.manager, { lock: true });
    if (input.version !== null && input.version !== undefined && input.version !== before.version)
      throw conflict(
        `The tier rules were changed by someone else (version ${before.version}, you had ${input.version}); reload and retry`,
      );
    await change.manager.update(
      TierRulesRow,
      { id: TIER_RULES_ID },
      {
        ...tierRulesColumns(rules),
        updatedBy: change.caller.userId,
        updatedAt: new Date(),
        version: () => 'version + 1',
      },
    );
    const after = await loadTierRules(change.manager);
    change.audit({
      action: 'setTierRules',
      entityType: 'TierRules',
      entityId: TIER_RULES_AUDIT_ID,
      before: tierRulesColumns(before),
      after: tierRulesColumns(after),
    });
    return after;
  });
}

/** Evaluates the customer's tier again from its recorded revenue, under the current rules. */
export function reevaluateCustomerTier(scope: ChangeScope, id: string): Promise<Customer> {
  const customerId = parseId('id', id);
  return runChange(scope, async (change) => {
    const customer = await lockCustomerToChange(change, {
      id: customerId,
      field: 'id',
      merged: 'notFound',
      erased: 'allow',
    });
    const cause = {
      action: 'reevaluateCustomerTier',
      source: 'MANUAL' as const,
      causingEventId: null,
      at: new Date(),
    };
    const entries = await revenueEntriesOf(change.manager, customer.id);
    return reevaluateTier(change, customer, entries, await loadTierRules(change.manager), cause);
  });
}
