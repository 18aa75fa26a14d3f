/**
 * What the bench hands a peer gateway process (stock @apollo/gateway, Hive Gateway). Bench-only:
 * our subgraphs accept only the internal token our gateway mints, so the bench signs one per
 * subgraph (audience = subgraph name) with the same development key and the peer sends it as is.
 */
export interface PeerGatewayEnv {
  PORT: string;
  SUPERGRAPH_PATH: string;
  /** JSON: subgraph name → internal token. */
  BENCH_INTERNAL_TOKENS: string;
}

export function readPeerGatewayEnv(env: NodeJS.ProcessEnv = process.env) {
  const { PORT, SUPERGRAPH_PATH, BENCH_INTERNAL_TOKENS } = env;
  if (!PORT || !SUPERGRAPH_PATH || !BENCH_INTERNAL_TOKENS) {
    throw new Error(
      'a peer gateway needs PORT, SUPERGRAPH_PATH and BENCH_INTERNAL_TOKENS (started by the bench)',
    );
  }
  return {
    port: Number(PORT),
    supergraphPath: SUPERGRAPH_PATH,
    internalTokens: JSON.parse(BENCH_INTERNAL_TOKENS) as Record<string, string>,
  };
}

/** The bearer token for one subgraph; the peers name subgraphs as the supergraph's join__graph does. */
export function internalAuthorization(tokens: Record<string, string>, subgraphName: string): string {
  const token = tokens[subgraphName.toLowerCase()];
  if (!token) throw new Error(`the bench signed no internal token for the subgraph "${subgraphName}"`);
  return `Bearer ${token}`;
}
