import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 5 §5: calls, meetings and to-dos, each linked to exactly one customer, lead or deal. */
export class CreateActivities1764000002210 implements MigrationInterface {
  name = 'CreateActivities1764000002210';

  async up(queryRunner: QueryRunner): Promise<void> {
    // lead_id has no foreign key: leads arrive in their own migration and may be erased on their own.
    await queryRunner.query(`
      CREATE TABLE activities (
        id uuid PRIMARY KEY,
        type text NOT NULL CHECK (type IN ('CALL', 'MEETING', 'TODO')),
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
        notes text,
        due_at timestamptz NOT NULL,
        remind_at timestamptz,
        completed_at timestamptz,
        owner_id uuid,
        customer_id uuid REFERENCES known_customers (id),
        lead_id uuid,
        opportunity_id uuid REFERENCES opportunities (id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CHECK (num_nonnulls(customer_id, lead_id, opportunity_id) = 1)
      )`);
    await queryRunner.query('CREATE INDEX activities_agenda ON activities (owner_id, due_at, id)');
    await queryRunner.query(
      'CREATE INDEX activities_customer_created_at ON activities (customer_id, created_at, id)',
    );
    await queryRunner.query(
      'CREATE INDEX activities_opportunity_created_at ON activities (opportunity_id, created_at, id)',
    );
    await queryRunner.query(
      'CREATE INDEX activities_lead_created_at ON activities (lead_id, created_at, id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE activities');
  }
}
