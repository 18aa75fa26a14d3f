import type { Acknowledged } from './deal-burst';
import { collectLedger, waitForConvergence, type EventFlow } from './event-ledger';
import type { FaultPlatform } from './fault-platform';
import { recordScenario } from './fault-report';

/**
 * Waits until every event is published and applied; when that never happens, records what the
 * ledger shows (what was lost, what is stuck) under the scenario's name before failing, so the
 * report has the figures of a failed scenario too.
 */
export async function convergeOrReport(
  platform: FaultPlatform,
  flow: EventFlow,
  acknowledged: Acknowledged,
  scenario: string,
): Promise<number> {
  try {
    return await waitForConvergence(platform, flow);
  } catch (error) {
    const figures = await collectLedger(platform, flow, acknowledged).catch(() => undefined);
    const reason = (error as Error).message.split('\n')[0];
    recordScenario({ scenario: `${scenario} (did not converge)`, figures, measured: { reason } });
    throw error;
  }
}
