import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddKnownCustomerOwner1764000000210 implements MigrationInterface {
  name = 'AddKnownCustomerOwner1764000000210';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE known_customers ADD COLUMN owner_id uuid');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE known_customers DROP COLUMN owner_id');
  }
}
