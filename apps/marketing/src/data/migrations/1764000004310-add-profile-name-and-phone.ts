import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Messages greet the customer by name and text them at their phone number: the projection keeps both. */
export class AddProfileNameAndPhone1764000004310 implements MigrationInterface {
  name = 'AddProfileNameAndPhone1764000004310';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE customer_profiles ADD COLUMN name text, ADD COLUMN phone text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE customer_profiles DROP COLUMN name, DROP COLUMN phone');
  }
}
