import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Remembers each caller's idempotency keys and what their first request created. */
export class IdempotencyKeys1764000000001 implements MigrationInterface {
  name = 'IdempotencyKeys1764000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE idempotency_keys (
        caller_id text NOT NULL,
        idempotency_key text NOT NULL,
        operation text NOT NULL,
        request_hash text NOT NULL,
        result_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (caller_id, idempotency_key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE idempotency_keys');
  }
}
