import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { DEMO_ADMIN, loadSigningKey, type Caller } from '@crm/auth';
import { createLogger } from '@crm/logger';
import type { GatewayRequestContext } from '../gateway-request-context';
import { SubgraphDataSource } from '../subgraph-data-source';

const OTHER_CALLER: Caller = { ...DEMO_ADMIN, userId: '00000000-0000-7000-8000-0000000000aa' };

/** A subgraph that answers every request at once and remembers who asked what. */
async function countingSubgraph() {
  const received: { authorization?: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk));
    req.on('end', () => {
      received.push({ authorization: req.headers.authorization, headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { customer: { id: 'c1', name: `answer ${received.length}` } } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, received, server };
}

function fetchOf(
  caller: Caller,
  operation: 'query' | 'mutation',
  query = '{ customer(id: "c1") { id name } }',
) {
  return {
    kind: 'incoming operation',
    request: { query, variables: {} },
    context: { caller, correlationId: randomUUID(), clientAddress: '10.0.0.1' },
    incomingRequestContext: { operation: { operation } },
  } as unknown as GraphQLDataSourceProcessOptions<GatewayRequestContext>;
}

describe('SubgraphDataSource', () => {
  let subgraph: Awaited<ReturnType<typeof countingSubgraph>>;
  let source: SubgraphDataSource;

  beforeEach(async () => {
    subgraph = await countingSubgraph();
    source = new SubgraphDataSource({
      name: 'customer',
      url: subgraph.url,
      timeoutMs: 10_000,
      maxSockets: 10,
      signingKey: await loadSigningKey(undefined, join(tmpdir(), `gateway-spec-${randomUUID()}.jwk`)),
      breaker: { errorPercent: 50, minCalls: 5, windowMs: 10_000, openMs: 5_000 },
      logger: createLogger('gateway-spec', 'silent'),
    });
    // Each caller's internal token minted once, as after a gateway's first minute.
    await source.process(fetchOf(DEMO_ADMIN, 'query', '{ warm }'));
    await source.process(fetchOf(OTHER_CALLER, 'query', '{ warm }'));
    subgraph.received.length = 0;
  });

  afterEach(async () => {
    await source.close();
    subgraph.server.close();
  });

  it('sends identical reads of one caller in flight at once as one request, without the sharing mark; each gets its own copy', async () => {
    const answers = await Promise.all([1, 2, 3].map(() => source.process(fetchOf(DEMO_ADMIN, 'query'))));
    expect(subgraph.received).toHaveLength(1);
    expect(Object.keys(subgraph.received[0].headers)).not.toContain('x-gateway-shareable-fetch');
    expect(answers.map((answer) => answer.data)).toEqual([1, 2, 3].map(() => answers[0].data));
    expect(new Set(answers.map((answer) => answer.data)).size).toBe(3); // parsed apart: no shared objects
  });

  it('never shares between callers: the key holds the internal token', async () => {
    await Promise.all([
      source.process(fetchOf(DEMO_ADMIN, 'query')),
      source.process(fetchOf(OTHER_CALLER, 'query')),
    ]);
    expect(subgraph.received).toHaveLength(2);
    expect(new Set(subgraph.received.map((request) => request.authorization)).size).toBe(2);
  });

  it('never shares a mutation', async () => {
    await Promise.all([1, 2].map(() => source.process(fetchOf(DEMO_ADMIN, 'mutation'))));
    expect(subgraph.received).toHaveLength(2);
  });

  it('sends different bodies apart', async () => {
    await Promise.all([
      source.process(fetchOf(DEMO_ADMIN, 'query', '{ customer(id: "c1") { id } }')),
      source.process(fetchOf(DEMO_ADMIN, 'query', '{ customer(id: "c2") { id } }')),
    ]);
    expect(subgraph.received).toHaveLength(2);
  });
});
