import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 5 §3 and §7: deal details, stage history, list and board indexes, large-deal thresholds. */
export class OpportunityPipeline1764000002200 implements MigrationInterface {
  name = 'OpportunityPipeline1764000002200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE opportunities
        ADD COLUMN competitors text[] NOT NULL DEFAULT '{}',
        ADD COLUMN won_reason text,
        ADD COLUMN lost_reason text,
        ADD COLUMN closed_at timestamptz`);
    await queryRunner.query(`
      CREATE TABLE opportunity_stage_history (
        id uuid PRIMARY KEY,
        opportunity_id uuid NOT NULL REFERENCES opportunities (id),
        from_stage text,
        to_stage text NOT NULL,
        probability smallint NOT NULL CHECK (probability BETWEEN 0 AND 100),
        amount numeric(19, 4) NOT NULL,
        currency char(3) NOT NULL,
        reason text,
        changed_at timestamptz NOT NULL,
        changed_by uuid
      )`);
    await queryRunner.query(
      'CREATE INDEX opportunity_stage_history_of_deal ON opportunity_stage_history (opportunity_id, changed_at, id)',
    );
    // The list's filters, each with the list's order (created_at DESC, id DESC) behind it.
    await queryRunner.query(
      'CREATE INDEX opportunities_owner_created_at ON opportunities (owner_id, created_at, id)',
    );
    await queryRunner.query(
      'CREATE INDEX opportunities_stage_created_at ON opportunities (stage, created_at, id)',
    );
    await queryRunner.query('CREATE INDEX opportunities_created_at ON opportunities (created_at, id)');
    await queryRunner.query(
      'CREATE INDEX opportunities_expected_close_date ON opportunities (expected_close_date)',
    );
    // The pipeline board groups the open deals of some owners in one currency.
    await queryRunner.query(
      `CREATE INDEX opportunities_open_pipeline ON opportunities (owner_id, stage, currency)
        WHERE stage NOT IN ('CLOSED_WON', 'CLOSED_LOST')`,
    );
    await queryRunner.query(`
      CREATE TABLE large_deal_thresholds (
        id uuid PRIMARY KEY,
        currency char(3) NOT NULL UNIQUE,
        amount numeric(19, 4) NOT NULL CHECK (amount > 0),
        updated_at timestamptz NOT NULL,
        updated_by uuid
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE large_deal_thresholds');
    await queryRunner.query('DROP INDEX opportunities_open_pipeline');
    await queryRunner.query('DROP INDEX opportunities_expected_close_date');
    await queryRunner.query('DROP INDEX opportunities_created_at');
    await queryRunner.query('DROP INDEX opportunities_stage_created_at');
    await queryRunner.query('DROP INDEX opportunities_owner_created_at');
    await queryRunner.query('DROP TABLE opportunity_stage_history');
    await queryRunner.query(`
      ALTER TABLE opportunities
        DROP COLUMN competitors, DROP COLUMN won_reason, DROP COLUMN lost_reason, DROP COLUMN closed_at`);
  }
}
