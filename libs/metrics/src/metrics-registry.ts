import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * The registry of one running service (a subgraph or the gateway). Several run in one process in
 * tests and `npm start`'s in-process mode, so none uses prom-client's global registry; each labels
 * its series with the service's name.
 */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}
