import type { FaultPlatform } from './fault-platform';

/** One subgraph's circuit breaker as the gateway's /readyz reports it (apps/gateway/src/subgraph-breaker.ts). */
export interface BreakerReport {
  state: 'closed' | 'open' | 'half-open';
  opened: number;
  shortCircuited: number;
  failed: number;
}

export async function breakerOf(platform: FaultPlatform, subgraph: string): Promise<BreakerReport> {
  const response = await fetch(`${platform.gateway.baseUrl}/readyz`);
  const body = (await response.json()) as { subgraphs?: Record<string, BreakerReport> };
  const breaker = body.subgraphs?.[subgraph];
  if (!breaker)
    throw new Error(`the gateway's /readyz reports no breaker for ${subgraph}: ${JSON.stringify(body)}`);
  return breaker;
}
