import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateQuotas1764000002110 implements MigrationInterface {
  name = 'CreateQuotas1764000002110';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE quotas (
        id uuid PRIMARY KEY,
        user_id uuid,
        team_id uuid,
        period text NOT NULL,
        period_kind text NOT NULL,
        target_amount numeric(19, 4) NOT NULL CHECK (target_amount >= 0),
        currency char(3) NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CHECK ((user_id IS NULL) <> (team_id IS NULL))
      )`);
    // One target per holder and period: setQuota upserts on these.
    await queryRunner.query(
      'CREATE UNIQUE INDEX quotas_user_period ON quotas (user_id, period) WHERE user_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX quotas_team_period ON quotas (team_id, period) WHERE team_id IS NOT NULL',
    );
    await queryRunner.query('CREATE INDEX quotas_period ON quotas (period, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE quotas');
  }
}
