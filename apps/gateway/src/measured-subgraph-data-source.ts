import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Registry } from 'prom-client';
import { BoundedLabel, counterOf, errorCodeOf, latencyHistogramOf, METRICS } from '@crm/metrics';
import type { GatewayRequestContext } from './gateway-request-context';
import { SubgraphDataSource, type SubgraphFetchOptions } from './subgraph-data-source';

/** The code of a fetch that failed outright (no answer the data source could turn into errors). */
export const FETCH_FAILED = 'FETCH_FAILED';
const MAX_ERROR_CODES = 50;

/** The gateway's per-subgraph fetch metrics, shared by the data sources of one gateway. */
export function subgraphFetchMetrics(registry: Registry) {
  return {
    fetches: counterOf(registry, METRICS.subgraphFetches, ['subgraph']),
    duration: latencyHistogramOf(registry, METRICS.subgraphFetchDuration, ['subgraph']),
    errors: counterOf(registry, METRICS.subgraphFetchErrors, ['subgraph', 'code']),
    codes: new BoundedLabel(MAX_ERROR_CODES),
  };
}

export type SubgraphFetchMetrics = ReturnType<typeof subgraphFetchMetrics>;

/**
 * A subgraph data source that counts and times its fetches and counts the errors of their answers
 * by code, SERVICE_UNAVAILABLE included (the breaker's and timeouts' answers).
 */
export class MeasuredSubgraphDataSource extends SubgraphDataSource {
  private readonly subgraph: string;

  constructor(
    options: SubgraphFetchOptions,
    private readonly metrics: SubgraphFetchMetrics,
  ) {
    super(options);
    this.subgraph = options.name;
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayRequestContext>) {
    const { subgraph } = this;
    const { fetches, duration, errors, codes } = this.metrics;
    const stopTimer = duration.startTimer({ subgraph });
    fetches.inc({ subgraph });
    try {
      const response = await super.process(options);
      for (const error of response.errors ?? []) {
        errors.inc({ subgraph, code: codes.valueOf(errorCodeOf(error)) });
      }
      return response;
    } catch (error) {
      errors.inc({ subgraph, code: FETCH_FAILED });
      throw error;
    } finally {
      stopTimer();
    }
  }
}
