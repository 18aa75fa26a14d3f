import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { LockoutPolicy } from '../domain/login-lockout';

/** Created by the migration CreateLoginFailures1764000000320. */
const LOGIN_FAILURES_TABLE = 'login_failures';

/**
 * Failed logins per key in identity's own schema, through rate-limiter-flexible on the service's
 * Postgres pool, so every identity replica sees the same counts.
 */
export class LoginFailureCounter {
  private readonly limiter: RateLimiterPostgres;

  constructor(dataSource: DataSource, schema: string, keyPrefix: string, policy: LockoutPolicy) {
    this.limiter = new RateLimiterPostgres({
      storeClient: dataSource,
      storeType: 'typeorm',
      schemaName: schema,
      tableName: LOGIN_FAILURES_TABLE,
      tableCreated: true,
      keyPrefix,
      // Consuming beyond `points` is refused: the `failures`-th failure is the first refused.
      points: policy.failures - 1,
      duration: policy.windowSeconds,
      blockDuration: policy.lockSeconds,
    });
  }

  /** Seconds until `key`'s lockout ends; 0 when it is not locked out. */
  async lockedForSeconds(key: string): Promise<number> {
    const state = await this.limiter.get(key);
    return state && state.consumedPoints > this.limiter.points ? secondsOf(state.msBeforeNext) : 0;
  }

  /** Counts one failure; the seconds of the lockout it started, or 0. */
  async countFailure(key: string): Promise<number> {
    try {
      await this.limiter.consume(key);
      return 0;
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      const startsLockout = refused.consumedPoints === this.limiter.points + 1;
      return startsLockout ? secondsOf(refused.msBeforeNext) : 0;
    }
  }

  async forget(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}

const secondsOf = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
