import { newId } from '@crm/db';
import type { Change } from '@crm/subgraph-kit';
import { definitionOfVersion, liveJourneysOf, startRun } from '../data/journey.repository';
import { journeyRunEvent } from '../events/journey.events';

interface LiveJourney {
  id: string;
  live_version: number;
}

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
    await enterJourney(change, journey, customerIds, now, { trigger: triggerKey, occurrence: null });
  }
}

/** The customers enter one journey; with an occurrence, once each for it (see startRun). */
export async function enterJourney(
  change: Change,
  journey: LiveJourney,
  customerIds: readonly string[],
  now: Date,
  { trigger, occurrence }: { trigger: string; occurrence: string | null },
): Promise<void> {
  const definition = await definitionOfVersion(change.manager, journey.id, journey.live_version);
  for (const customerId of customerIds) {
    const run = { id: newId(), journeyId: journey.id, journeyVersion: journey.live_version, customerId };
    if (await startRun(change.manager, { ...run, stepId: definition.steps[0].id, now, occurrence })) {
      change.publish(journeyRunEvent('crm.marketing.journey.entered', run, now, change.origin, { trigger }));
    }
  }
}
