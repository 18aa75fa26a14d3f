import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbound webhook endpoints, their secrets, and the delivery log (issue 15 §5). */
export class CreateWebhooks1764000009500 implements MigrationInterface {
  name = 'CreateWebhooks1764000009500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY,
        url text NOT NULL,
        description text,
        event_types text[],
        enabled boolean NOT NULL,
        disabled_reason text CHECK (disabled_reason IN ('BY_ADMIN', 'CONSECUTIVE_FAILURES')),
        consecutive_failures integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX webhook_endpoints_listed ON webhook_endpoints (created_at, id)');
    // Apart from the endpoint row, so the audit trail of endpoint changes never holds a secret.
    await queryRunner.query(`
      CREATE TABLE webhook_endpoint_secrets (
        endpoint_id uuid PRIMARY KEY REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
        secret text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        event jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
        attempt_count integer NOT NULL DEFAULT 0,
        first_attempt_at timestamptz,
        next_attempt_at timestamptz,
        last_status_code integer,
        last_error text,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL,
        version integer NOT NULL,
        CONSTRAINT webhook_deliveries_once UNIQUE (event_id, endpoint_id)
      )`);
    await queryRunner.query(
      'CREATE INDEX webhook_deliveries_log ON webhook_deliveries (endpoint_id, created_at, id)',
    );
    await queryRunner.query(
      "CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING'",
    );
    await queryRunner.query(`
      CREATE TABLE webhook_delivery_attempts (
        id uuid PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
        attempt integer NOT NULL,
        attempted_at timestamptz NOT NULL,
        status_code integer,
        error text,
        duration_ms integer NOT NULL,
        response_excerpt text,
        CONSTRAINT webhook_delivery_attempts_once UNIQUE (delivery_id, attempt)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE webhook_delivery_attempts');
    await queryRunner.query('DROP TABLE webhook_deliveries');
    await queryRunner.query('DROP TABLE webhook_endpoint_secrets');
    await queryRunner.query('DROP TABLE webhook_endpoints');
  }
}
