import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditEntries1764000000610 implements MigrationInterface {
  name = 'CreateAuditEntries1764000000610';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_entries (
        id uuid PRIMARY KEY,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        action text NOT NULL,
        actor_id text NOT NULL,
        changes jsonb NOT NULL,
        occurred_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX audit_entries_entity ON audit_entries (entity_type, entity_id, occurred_at, id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE audit_entries');
  }
}
