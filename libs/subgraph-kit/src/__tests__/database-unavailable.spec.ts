import net from 'node:net';
import { Client, DatabaseError, Pool } from 'pg';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from '../database-unavailable';

/** What node-postgres reports with a SQLSTATE, as the server sent it. */
const serverError = (code: string, message = 'from the server') => {
  const error = new DatabaseError(message, 0, 'error');
  error.code = code;
  return error;
};

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('isDatabaseUnavailable', () => {
  it('recognises a refused connection, as node-postgres throws it', async () => {
    const port = await closedPort();
    const client = new Client({ host: '127.0.0.1', port, connectionTimeoutMillis: 1_000 });
    expect(isDatabaseUnavailable(await failureOf(() => client.connect()))).toBe(true);
  });

  it('recognises a pool that found no connection in time', async () => {
    const silent = net.createServer(() => undefined); // accepts, never answers the startup message
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    const pool = new Pool({ host: '127.0.0.1', port, connectionTimeoutMillis: 200 });
    try {
      expect(isDatabaseUnavailable(await failureOf(() => pool.query('SELECT 1')))).toBe(true);
    } finally {
      await pool.end();
      silent.close();
    }
  });

  it.each([
    ['08006 connection failure', '08006'],
    ['08001 cannot establish a connection', '08001'],
    ['57P01 terminated by an administrator (pg_terminate_backend)', '57P01'],
    ['57P03 the server is starting up', '57P03'],
    ['53300 too many connections', '53300'],
  ])('recognises %s, also wrapped in a TypeORM QueryFailedError', (_what, code) => {
    expect(isDatabaseUnavailable(serverError(code))).toBe(true);
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT 1', [], serverError(code)))).toBe(true);
  });

  it('recognises a connection the server dropped', () => {
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(
      isDatabaseUnavailable(new Error('load failed', { cause: new Error('Connection terminated') })),
    ).toBe(true);
  });

  it.each([
    ['a syntax error', serverError('42601')],
    ['a unique violation', serverError('23505')],
    ['a serialization failure (retry the transaction, not the service)', serverError('40001')],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a thrown string', 'boom'],
  ])('leaves %s to the internal-error path', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
