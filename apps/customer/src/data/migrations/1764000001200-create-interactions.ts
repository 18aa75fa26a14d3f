import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateInteractions1764000001200 implements MigrationInterface {
  name = 'CreateInteractions1764000001200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE interactions (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customers (id),
        type text NOT NULL CHECK (type IN ('CALL', 'EMAIL', 'MEETING', 'VISIT', 'SOCIAL_MESSAGE')),
        direction text NOT NULL CHECK (direction IN ('INBOUND', 'OUTBOUND')),
        occurred_at timestamptz NOT NULL,
        duration_minutes integer CHECK (duration_minutes >= 0),
        contact_ids uuid[] NOT NULL DEFAULT '{}',
        user_ids uuid[] NOT NULL DEFAULT '{}',
        external_participants text[] NOT NULL DEFAULT '{}',
        summary text NOT NULL,
        outcome text,
        outcome_note text,
        logged_by_id text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL
      )`);
    // Customer.interactions: newest first, optionally of one type.
    await queryRunner.query(
      'CREATE INDEX interactions_customer_occurred_at ON interactions (customer_id, occurred_at DESC, id DESC)',
    );
    await queryRunner.query(
      'CREATE INDEX interactions_customer_type_occurred_at ON interactions (customer_id, type, occurred_at DESC, id DESC)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE interactions');
  }
}
