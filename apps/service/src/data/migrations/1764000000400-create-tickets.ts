import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTickets1764000000400 implements MigrationInterface {
  name = 'CreateTickets1764000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE tickets (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
        description text CHECK (length(description) <= 10000),
        priority text NOT NULL CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
        status text NOT NULL CHECK (
          status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'RESOLVED', 'CLOSED', 'ARCHIVED')
        ),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(
      'CREATE INDEX tickets_customer_created_at ON tickets (customer_id, created_at, id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE tickets');
  }
}
