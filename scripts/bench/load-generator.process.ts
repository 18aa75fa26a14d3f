import autocannon from 'autocannon';

/** What the bench asks the load generator to send, over IPC. */
export interface LoadOrder {
  url: string;
  headers: Record<string, string>;
  body: string;
  durationS: number;
  connections: number;
}

/** What one load run measured, as the load generator sends it back. */
export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/**
 * The load generator in a process of its own (forked by the bench), so autocannon's CPU is not
 * counted against the gateway or the subgraphs it measures. One order at a time, over IPC.
 */
async function run(order: LoadOrder): Promise<LoadResult> {
  const result = await autocannon({
    url: order.url,
    method: 'POST',
    duration: order.durationS,
    connections: order.connections,
    headers: order.headers,
    body: order.body,
  });
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

process.on('message', (order: LoadOrder) => {
  run(order).then(
    (result) => process.send?.({ result }),
    (error: unknown) => process.send?.({ error: String(error) }),
  );
});

// Forked by the bench: when the bench goes, so does the load generator.
process.on('disconnect', () => process.exit(0));
