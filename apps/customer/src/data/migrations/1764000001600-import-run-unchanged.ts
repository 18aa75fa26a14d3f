import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A MERGE import counts the duplicates that added nothing apart from the ones that filled a blank
 * field: "17 merged" must not be said of rows that changed nothing.
 */
export class ImportRunUnchanged1764000001600 implements MigrationInterface {
  name = 'ImportRunUnchanged1764000001600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE customer_import_runs ADD COLUMN unchanged integer NOT NULL DEFAULT 0',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE customer_import_runs DROP COLUMN unchanged');
  }
}
