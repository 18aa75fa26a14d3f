import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Customers' suggestions and praise (complaints are tickets). Lists filter by category, customer
 * and the period the feedback was received in, newest first: one index per filter.
 */
export class CreateFeedback1764000003710 implements MigrationInterface {
  name = 'CreateFeedback1764000003710';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE feedback (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        contact_id uuid,
        ticket_id uuid REFERENCES tickets (id),
        category text NOT NULL CHECK (category IN ('SUGGESTION', 'PRAISE')),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        received_at timestamptz NOT NULL,
        recorded_by uuid,
        erased_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX feedback_received_at ON feedback (received_at, id)');
    await queryRunner.query(
      'CREATE INDEX feedback_category_received_at ON feedback (category, received_at, id)',
    );
    await queryRunner.query(
      'CREATE INDEX feedback_customer_received_at ON feedback (customer_id, received_at, id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE feedback');
  }
}
