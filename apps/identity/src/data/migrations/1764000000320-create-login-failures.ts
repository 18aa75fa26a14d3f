import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed-login counters of the login throttle, in the table layout rate-limiter-flexible's
 * RateLimiterPostgres reads and writes (it is told `tableCreated: true`, so it never creates one
 * itself, outside identity's schema or migrations). `expire` is epoch milliseconds.
 */
export class CreateLoginFailures1764000000320 implements MigrationInterface {
  name = 'CreateLoginFailures1764000000320';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE login_failures (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    // The limiter deletes expired rows every few minutes.
    await queryRunner.query('CREATE INDEX login_failures_expire ON login_failures (expire)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE login_failures');
  }
}
