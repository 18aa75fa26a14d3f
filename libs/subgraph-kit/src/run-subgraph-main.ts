import { loadServiceConfig, type ServiceConfig, type ServiceName } from '@crm/config';
import type { RunningSubgraph } from './start-subgraph';
import { stopOnSignal } from './run-until-signalled';

/** The whole of a subgraph's main.ts: read the environment, start, stop cleanly on a signal. */
export function runSubgraphMain(
  service: ServiceName,
  start: (config: ServiceConfig) => Promise<RunningSubgraph>,
): void {
  start(loadServiceConfig(service)).then(
    (subgraph) => stopOnSignal(subgraph, subgraph.logger),
    (error: unknown) => {
      console.error(`${service} failed to start:`, error);
      process.exit(1);
    },
  );
}
