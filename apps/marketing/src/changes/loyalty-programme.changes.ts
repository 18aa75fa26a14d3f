import { newId } from '@crm/db';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { LoyaltyProgramme } from '../data/loyalty-programme.entity';
import type { LoyaltyProgrammeRules } from '../domain/loyalty-programme';
import { loyaltyProgrammeCreated } from '../events/loyalty.events';

/** Creates a programme from validated rules and announces it (loyalty.programme_created). */
export function createLoyaltyProgramme(
  scope: ChangeScope,
  rules: LoyaltyProgrammeRules,
  now: Date,
): Promise<LoyaltyProgramme> {
  return runChange(scope, async (change) => {
    const programme = Object.assign(new LoyaltyProgramme(), {
      ...rules,
      id: newId(),
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await change.insert(LoyaltyProgramme, programme, { action: 'createLoyaltyProgramme' });
    change.publish(loyaltyProgrammeCreated(programme, change.origin));
    return programme;
  });
}
