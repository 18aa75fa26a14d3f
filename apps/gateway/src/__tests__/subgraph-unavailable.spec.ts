import http from 'node:http';
import net from 'node:net';
import fetch from 'node-fetch';
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

describe('unavailabilityOf', () => {
  it('says a refused connection, without the address node-fetch puts in its message', async () => {
    const server = net.createServer();
    const port = await listening(server);
    await new Promise((resolve) => server.close(resolve));
    const error = await failureOf(() => fetch(`http://127.0.0.1:${port}/graphql`));
    expect(String(error)).toMatch(/127\.0\.0\.1/); // what reached clients before
    expect(unavailabilityOf(error, 10_000)).toBe('it refused the connection');
  });

  it('says a timeout when a subgraph accepts and never answers', async () => {
    const server = http.createServer(() => undefined);
    const port = await listening(server);
    try {
      const error = await failureOf(() =>
        fetch(`http://127.0.0.1:${port}/graphql`, { signal: AbortSignal.timeout(100) }),
      );
      expect(unavailabilityOf(error, 100)).toBe('it did not answer within 100 ms');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('passes on the reason of a 5xx', () => {
    expect(unavailabilityOf(new SubgraphUnavailableError('it answered HTTP 503'), 1)).toBe(
      'it answered HTTP 503',
    );
  });

  it('leaves other failures alone: a bug stays a bug', () => {
    expect(unavailabilityOf(new Error('Expected JSON response body'), 1)).toBeUndefined();
    expect(unavailabilityOf(new TypeError('x is not a function'), 1)).toBeUndefined();
  });
});
