import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SLA and escalation (issue 12 §2): policies per priority and customer tier, business calendars
 * per queue, the SLA clock stored on each ticket (due times for the overdue filter, the next
 * moment the scheduler must look, the ticket version it was computed for), the milestones
 * announced once each, and the customer tier the service learns from customer events.
 */
export class CreateSla1764000003500 implements MigrationInterface {
  name = 'CreateSla1764000003500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sla_policies (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        queue_id uuid,
        priority text NOT NULL CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
        customer_tier text CHECK (customer_tier IN ('A', 'B', 'C', 'D')),
        first_response_minutes integer NOT NULL CHECK (first_response_minutes > 0),
        resolution_minutes integer NOT NULL CHECK (resolution_minutes >= first_response_minutes),
        warning_share numeric(4, 3) NOT NULL CHECK (warning_share > 0 AND warning_share < 1),
        escalation_action text NOT NULL
          CHECK (escalation_action IN ('RAISE_PRIORITY', 'REASSIGN_TO_QUEUE_MANAGER', 'MOVE_TO_QUEUE')),
        escalation_queue_id uuid,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL,
        CHECK (escalation_action <> 'MOVE_TO_QUEUE' OR escalation_queue_id IS NOT NULL)
      )`);
    // One policy per queue, priority and tier; without a queue or tier it covers every one.
    await queryRunner.query(
      `CREATE UNIQUE INDEX sla_policies_queue_priority_tier
         ON sla_policies (coalesce(queue_id, '00000000-0000-0000-0000-000000000000'), priority, coalesce(customer_tier, '-'))`,
    );
    await queryRunner.query(`
      CREATE TABLE business_calendars (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        time_zone text NOT NULL,
        weekly_hours jsonb NOT NULL,
        holidays jsonb NOT NULL DEFAULT '[]',
        queue_id uuid UNIQUE,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL
      )`);
    // The calendar without a queue is the default for every queue without one of its own.
    await queryRunner.query(
      'CREATE UNIQUE INDEX business_calendars_one_default ON business_calendars ((true)) WHERE queue_id IS NULL',
    );
    await queryRunner.query(`
      CREATE TABLE ticket_sla_milestones (
        ticket_id uuid NOT NULL REFERENCES tickets (id),
        target text NOT NULL CHECK (target IN ('FIRST_RESPONSE', 'RESOLUTION')),
        kind text NOT NULL CHECK (kind IN ('WARNING', 'BREACH')),
        policy_id uuid NOT NULL,
        reached_at timestamptz NOT NULL,
        announced_at timestamptz NOT NULL,
        PRIMARY KEY (ticket_id, target, kind)
      )`);
    await queryRunner.query(`
      ALTER TABLE tickets
        ADD COLUMN sla_policy_id uuid,
        ADD COLUMN first_response_due_at timestamptz,
        ADD COLUMN resolution_due_at timestamptz,
        ADD COLUMN sla_due_at timestamptz,
        ADD COLUMN sla_check_at timestamptz,
        ADD COLUMN sla_version integer`);
    await queryRunner.query(
      'CREATE INDEX tickets_sla_due_at ON tickets (sla_due_at, id) WHERE sla_due_at IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX tickets_sla_check_at ON tickets (sla_check_at) WHERE sla_check_at IS NOT NULL',
    );
    // Tickets whose SLA clock is older than the ticket: the scheduler recomputes them.
    await queryRunner.query(
      'CREATE INDEX tickets_sla_stale ON tickets (id) WHERE sla_version IS DISTINCT FROM version',
    );
    await queryRunner.query(`
      ALTER TABLE known_customers
        ADD COLUMN tier text CHECK (tier IN ('A', 'B', 'C', 'D')),
        ADD COLUMN tier_changed_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE known_customers DROP COLUMN tier, DROP COLUMN tier_changed_at');
    await queryRunner.query(`
      ALTER TABLE tickets
        DROP COLUMN sla_policy_id, DROP COLUMN first_response_due_at, DROP COLUMN resolution_due_at,
        DROP COLUMN sla_due_at, DROP COLUMN sla_check_at, DROP COLUMN sla_version`);
    await queryRunner.query('DROP TABLE ticket_sla_milestones');
    await queryRunner.query('DROP TABLE business_calendars');
    await queryRunner.query('DROP TABLE sla_policies');
  }
}
