import http from 'node:http';
import net from 'node:net';
import { SubgraphPool } from '../subgraph-pool';
import { SubgraphUnavailableError, unavailabilityOf } from '../subgraph-unavailable';

async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

async function listening(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

async function postThroughPool(port: number, timeoutMs = 10_000): Promise<unknown> {
  const pool = new SubgraphPool({
    url: `http://127.0.0.1:${port}/graphql`,
    timeoutMs,
    maxSockets: 1,
    idleSocketTimeoutMs: 1_000,
  });
  try {
    return await pool.send({ headers: { 'content-type': 'application/json' }, body: '{}' });
  } finally {
    await pool.close();
  }
}

describe('unavailabilityOf', () => {
  it('says a refused connection, without the address in the socket error', async () => {
    const server = net.createServer();
    const port = await listening(server);
    await new Promise((resolve) => server.close(resolve));
    const error = await failureOf(() => postThroughPool(port));
    expect(String(error)).toMatch(/127\.0\.0\.1/); // what would reach clients unchanged
    expect(unavailabilityOf(error, 10_000)).toBe('it refused the connection');
  });

  it('says a timeout when a subgraph accepts and never answers', async () => {
    const server = http.createServer(() => undefined);
    const port = await listening(server);
    try {
      const error = await failureOf(() => postThroughPool(port, 100));
      expect(unavailabilityOf(error, 100)).toBe('it did not answer within 100 ms');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('says a dropped connection when a subgraph closes the socket mid-request', async () => {
    const server = net.createServer((socket) => socket.once('data', () => socket.destroy()));
    const port = await listening(server);
    try {
      const error = await failureOf(() => postThroughPool(port));
      expect(unavailabilityOf(error, 10_000)).toBe('it dropped the connection');
    } finally {
      server.close();
    }
  });

  it('turns a 5xx into unavailability with its status', async () => {
    const server = http.createServer((_req, res) => res.writeHead(503).end('down'));
    const port = await listening(server);
    try {
      const error = await failureOf(() => postThroughPool(port));
      expect(error).toBeInstanceOf(SubgraphUnavailableError);
      expect(unavailabilityOf(error, 1)).toBe('it answered HTTP 503');
    } finally {
      server.close();
    }
  });

  it('leaves other failures alone: a bug stays a bug', () => {
    expect(unavailabilityOf(new Error('Expected JSON response body'), 1)).toBeUndefined();
    expect(unavailabilityOf(new TypeError('x is not a function'), 1)).toBeUndefined();
    expect(unavailabilityOf(Object.assign(new Error('bad'), { code: 'BAD_USER_INPUT' }), 1)).toBeUndefined();
  });
});
