import { In } from 'typeorm';
import type { Change } from '@crm/subgraph-kit';
import { JourneyRun } from '../data/journey-run.entity';
import { endRun } from './journey-run.changes';

const MERGE = { action: 'moveJourneyRunsToSurvivor' };

/**
 * Merged customers' running journeys go on as the survivor's, keeping one run per journey: where
 * the survivor already runs that journey, the merged customer's run ends (CUSTOMER_MERGED).
 */
export async function moveJourneyRunsToSurvivor(
  change: Change,
  survivorId: string,
  mergedIds: string[],
  now: Date,
): Promise<void> {
  const runs = await change.manager.find(JourneyRun, {
    where: { customerId: In([survivorId, ...mergedIds]), status: 'RUNNING' },
    order: { enteredAt: 'ASC', id: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
  const running = new Set(runs.filter((run) => run.customerId === survivorId).map((run) => run.journeyId));
  for (const run of runs.filter((candidate) => candidate.customerId !== survivorId)) {
    if (running.has(run.journeyId)) {
      await endRun(change, run, 'CUSTOMER_MERGED', now);
    } else {
      await change.update(JourneyRun, run, { customerId: survivorId }, MERGE);
      running.add(run.journeyId);
    }
  }
}
