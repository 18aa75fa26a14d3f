import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tickets as support desks work them: where they came from, what kind they are, who works them,
 * who asked, the first answer and resolution times, duplicates merged away, complaints closed with
 * a root cause. Comments (public replies and internal notes) and every status move live beside.
 */
export class ExtendTicketsForSupport1764000003400 implements MigrationInterface {
  name = 'ExtendTicketsForSupport1764000003400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE tickets
        ADD COLUMN number integer GENERATED ALWAYS AS IDENTITY (START WITH 1001) UNIQUE,
        ADD COLUMN source text NOT NULL DEFAULT 'MANUAL'
          CHECK (source IN ('EMAIL', 'PHONE', 'WEB_FORM', 'CHAT', 'MANUAL')),
        ADD COLUMN category text NOT NULL DEFAULT 'QUESTION'
          CHECK (category IN ('QUESTION', 'INCIDENT', 'REQUEST', 'COMPLAINT')),
        ADD COLUMN severity text CHECK (severity IN ('MINOR', 'MAJOR', 'CRITICAL')),
        ADD COLUMN assignee_id uuid,
        ADD COLUMN requester_contact_id uuid,
        ADD COLUMN requester_email text CHECK (length(requester_email) <= 320),
        ADD COLUMN requester_name text CHECK (length(requester_name) <= 200),
        ADD COLUMN source_message_id text UNIQUE CHECK (length(source_message_id) <= 998),
        ADD COLUMN first_responded_at timestamptz,
        ADD COLUMN resolved_at timestamptz,
        ADD COLUMN closed_at timestamptz,
        ADD COLUMN resolution text CHECK (length(resolution) <= 10000),
        ADD COLUMN merged_into_id uuid REFERENCES tickets (id),
        ADD COLUMN root_cause text CHECK (length(root_cause) <= 10000),
        ADD COLUMN corrective_action text CHECK (length(corrective_action) <= 10000),
        ADD CONSTRAINT tickets_severity_of_complaints CHECK (severity IS NULL OR category = 'COMPLAINT')`);
    await queryRunner.query(`
      CREATE TABLE ticket_comments (
        id uuid PRIMARY KEY,
        ticket_id uuid NOT NULL REFERENCES tickets (id),
        visibility text NOT NULL CHECK (visibility IN ('PUBLIC', 'INTERNAL')),
        author_kind text NOT NULL CHECK (author_kind IN ('AGENT', 'CUSTOMER')),
        author_user_id uuid,
        author_email text CHECK (length(author_email) <= 320),
        author_name text CHECK (length(author_name) <= 200),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 100000),
        message_id text UNIQUE CHECK (length(message_id) <= 998),
        created_at timestamptz NOT NULL,
        CHECK (author_kind = 'CUSTOMER' OR visibility = 'PUBLIC' OR author_user_id IS NOT NULL)
      )`);
    await queryRunner.query(
      'CREATE INDEX ticket_comments_ticket_created_at ON ticket_comments (ticket_id, created_at, id)',
    );
    await queryRunner.query(`
      CREATE TABLE ticket_status_changes (
        id uuid PRIMARY KEY,
        ticket_id uuid NOT NULL REFERENCES tickets (id),
        from_status text,
        to_status text NOT NULL,
        actor_id uuid,
        reason text CHECK (length(reason) <= 2000),
        changed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX ticket_status_changes_ticket_changed_at ON ticket_status_changes (ticket_id, changed_at, id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE ticket_status_changes');
    await queryRunner.query('DROP TABLE ticket_comments');
    await queryRunner.query(`
      ALTER TABLE tickets
        DROP CONSTRAINT tickets_severity_of_complaints,
        DROP COLUMN number, DROP COLUMN source, DROP COLUMN category, DROP COLUMN severity,
        DROP COLUMN assignee_id, DROP COLUMN requester_contact_id, DROP COLUMN requester_email,
        DROP COLUMN requester_name, DROP COLUMN source_message_id, DROP COLUMN first_responded_at,
        DROP COLUMN resolved_at, DROP COLUMN closed_at, DROP COLUMN resolution,
        DROP COLUMN merged_into_id, DROP COLUMN root_cause, DROP COLUMN corrective_action`);
  }
}
