import {
  KafkaJSConnectionError,
  KafkaJSNonRetriableError,
  KafkaJSNumberOfRetriesExceeded,
  KafkaJSProtocolError,
} from 'kafkajs';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { failureKindOf, failureSummary } from '../failure-kind';

/** What node-postgres raises for an error the server reports, wrapped as TypeORM throws it. */
function queryFailed(sqlstate: string, message: string): QueryFailedError {
  const driverError = Object.assign(new DatabaseError(message, 100, 'error'), { code: sqlstate });
  return new QueryFailedError('INSERT INTO inbox ...', [], driverError);
}

/** What Node raises for a socket that cannot connect or was cut. */
const socketError = (code: string, message: string) =>
  Object.assign(new Error(message), { code, syscall: 'connect' });

describe('failureKindOf', () => {
  it.each([
    ['connection refused', socketError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['connection reset', socketError('ECONNRESET', 'read ECONNRESET')],
    ['connection terminated by the server', new Error('Connection terminated unexpectedly')],
    ['a pool that gives no connection in time', new Error('timeout exceeded when trying to connect')],
    [
      'a client whose connection broke',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
    ['SQLSTATE class 08', queryFailed('08006', 'connection failure')],
    [
      'a terminated backend (57P01)',
      queryFailed('57P01', 'terminating connection due to administrator command'),
    ],
    [
      'a crashed server (57P02)',
      queryFailed('57P02', 'terminating connection because of crash of another server process'),
    ],
    ['a server starting up (57P03)', queryFailed('57P03', 'the database system is starting up')],
    ['too many connections (53300)', queryFailed('53300', 'sorry, too many clients already')],
    ['a serialization failure (40001)', queryFailed('40001', 'could not serialize access')],
    ['a deadlock (40P01)', queryFailed('40P01', 'deadlock detected')],
    ['a lock timeout (55P03)', queryFailed('55P03', 'could not obtain lock on row')],
    [
      'Node trying every address of a host',
      Object.assign(new AggregateError([socketError('ECONNREFUSED', 'connect ECONNREFUSED ::1:5432')], ''), {
        code: 'ECONNREFUSED',
      }),
    ],
    [
      'a broken connection under a TypeORM error',
      new QueryFailedError('SELECT 1', [], new Error('Connection terminated')),
    ],
    [
      'Kafka unreachable',
      new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092'),
    ],
    [
      'Kafka retries exhausted',
      new KafkaJSNumberOfRetriesExceeded(new KafkaJSConnectionError('Connection timeout'), {
        retryCount: 5,
        retryTime: 100,
      }),
    ],
    [
      'a retriable Kafka error',
      new KafkaJSProtocolError({
        message: 'leader not available',
        type: 'LEADER_NOT_AVAILABLE',
        code: 5,
        retriable: true,
      } as unknown as Error),
    ],
    [
      'a non-retriable wrapper of a lost broker (kafkajs after its retries)',
      // kafkajs passes the cause as an option its types do not declare.
      Object.assign(new KafkaJSNonRetriableError('Connection error: connect ECONNREFUSED 127.0.0.1:9092'), {
        cause: new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092'),
      }),
    ],
  ])('waits out %s', (_, error) => {
    expect(failureKindOf(error)).toBe('transient');
  });

  it.each([
    ['a rule that rejects the event', new Error('customer 42 does not exist')],
    ['a unique violation (23505)', queryFailed('23505', 'duplicate key value violates unique constraint')],
    ['invalid input (22P02)', queryFailed('22P02', 'invalid input syntax for type uuid')],
    ['a missing table (42P01)', queryFailed('42P01', 'relation "open_opportunities" does not exist')],
    ['a value that is not an error', 'cannot apply'],
    ['a Kafka error not about the broker', new KafkaJSNonRetriableError('Invalid topics array')],
  ])('gives up on %s after its retries', (_, error) => {
    expect(failureKindOf(error)).toBe('deterministic');
  });
});

describe('failureSummary', () => {
  it('says what failed, also when the outer error has no message', () => {
    const refused = socketError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432');
    expect(failureSummary(new AggregateError([refused], ''))).toBe('connect ECONNREFUSED 127.0.0.1:5432');
    expect(failureSummary(queryFailed('40P01', 'deadlock detected'))).toBe('deadlock detected');
    expect(failureSummary('plain text')).toBe('plain text');
  });
});
