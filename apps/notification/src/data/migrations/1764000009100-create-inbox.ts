import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inbox (issue 15 §2–3): notifications, who-is-who projections fed by identity, customer and
 * service events, the events still waiting for a projection row, and each user's preferences.
 */
export class CreateInbox1764000009100 implements MigrationInterface {
  name = 'CreateInbox1764000009100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY,
        recipient_id uuid NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        source_event_id uuid NOT NULL,
        in_app boolean NOT NULL,
        read_at timestamptz,
        email_due boolean NOT NULL,
        emailed_at timestamptz,
        created_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT notifications_once UNIQUE (source_event_id, recipient_id, kind)
      )`);
    await queryRunner.query(
      'CREATE INDEX notifications_inbox ON notifications (recipient_id, created_at DESC, id DESC) WHERE in_app',
    );
    await queryRunner.query(
      'CREATE INDEX notifications_unread ON notifications (recipient_id, created_at DESC, id DESC) WHERE in_app AND read_at IS NULL',
    );
    // What the daily digest still has to mail.
    await queryRunner.query(
      'CREATE INDEX notifications_digest_due ON notifications (recipient_id) WHERE email_due AND emailed_at IS NULL',
    );
    // Each fact keeps the time of the event that set it, so events in any order end the same.
    await queryRunner.query(`
      CREATE TABLE notification_users (
        id uuid PRIMARY KEY,
        name text,
        email text,
        created_at timestamptz,
        team_id uuid,
        team_as_of timestamptz,
        deactivated_at timestamptz
      )`);
    await queryRunner.query(`
      CREATE TABLE notification_teams (
        id uuid PRIMARY KEY,
        manager_id uuid
      )`);
    await queryRunner.query(`
      CREATE TABLE notification_customers (
        id uuid PRIMARY KEY,
        known boolean NOT NULL DEFAULT false,
        owner_id uuid,
        owner_as_of timestamptz,
        merged_into_id uuid
      )`);
    await queryRunner.query(`
      CREATE TABLE notification_triggers (
        source_event_id uuid PRIMARY KEY,
        kind text NOT NULL,
        message jsonb NOT NULL,
        audience jsonb NOT NULL,
        waiting_for uuid[] NOT NULL,
        occurred_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL
      )`);
    // A projection change tries again only the triggers that wait for the row it changed.
    await queryRunner.query(
      'CREATE INDEX notification_triggers_waiting ON notification_triggers USING gin (waiting_for)',
    );
    await queryRunner.query(`
      CREATE TABLE notification_preferences (
        id uuid PRIMARY KEY,
        channels jsonb NOT NULL DEFAULT '{}',
        daily_digest boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'notification_preferences',
      'notification_triggers',
      'notification_customers',
      'notification_teams',
      'notification_users',
      'notifications',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
