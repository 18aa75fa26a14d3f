import { newId } from '@crm/db';
import type { Change } from '@crm/subgraph-kit';
import { liveJourneysOf, startRun } from '../data/journey.repository';
import { definitionOfVersion } from '../data/journey.repository';
import { journeyRunEvent } from '../events/journey.events';

/**
 * The customers enter every live journey this trigger starts, on its live version; a customer
 * running a journey already stays where they are (one run per journey at a time). The runner
 * takes each new run up at its next pass.
 */
export async function enterJourneys(
  change: Change,
  triggerKey: string,
  customerIds: readonly string[],
  now: Date,
): Promise<void> {
  for (const journey of await liveJourneysOf(change.manager, triggerKey)) {
    const definition = await definitionOfVersion(change.manager, journey.id, journey.live_version);
    for (const customerId of customerIds) {
      const run = { id: newId(), journeyId: journey.id, journeyVersion: journey.live_version, customerId };
      if (await startRun(change.manager, { ...run, stepId: definition.steps[0].id, now })) {
        change.publish(
          journeyRunEvent('crm.marketing.journey.entered', run, now, change.origin, { trigger: triggerKey }),
        );
      }
    }
  }
}
