import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Loyalty programmes, their members and each member's ledger of points lots (issue 13 §5). */
export class CreateLoyalty1764000004500 implements MigrationInterface {
  name = 'CreateLoyalty1764000004500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE loyalty_programmes (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        currency char(3) NOT NULL,
        points_per_unit numeric(19, 4) NOT NULL CHECK (points_per_unit > 0),
        level_basis text NOT NULL CHECK (level_basis IN ('POINTS', 'SPEND')),
        levels jsonb NOT NULL,
        points_expiry_months integer CHECK (points_expiry_months > 0),
        auto_enroll boolean NOT NULL,
        referral_reward_points integer NOT NULL CHECK (referral_reward_points >= 0),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(
      'CREATE INDEX loyalty_programmes_created_at_id ON loyalty_programmes (created_at, id)',
    );
    await queryRunner.query(
      'CREATE INDEX loyalty_programmes_auto_enroll ON loyalty_programmes (created_at, id) WHERE auto_enroll',
    );
    // One membership per customer: Customer.loyalty is the customer's one programme.
    await queryRunner.query(`
      CREATE TABLE loyalty_members (
        id uuid PRIMARY KEY,
        programme_id uuid NOT NULL REFERENCES loyalty_programmes (id),
        customer_id uuid NOT NULL UNIQUE,
        referral_code text NOT NULL UNIQUE,
        balance integer NOT NULL CHECK (balance >= 0),
        lifetime_points integer NOT NULL CHECK (lifetime_points >= 0),
        expired_points integer NOT NULL CHECK (expired_points >= 0),
        lifetime_spend numeric(19, 4) NOT NULL,
        level text,
        enrolled_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query('CREATE INDEX loyalty_members_programme ON loyalty_members (programme_id)');
    // The ledger: every earning (a lot with what is left of it), redemption, expiry and refusal.
    await queryRunner.query(`
      CREATE TABLE loyalty_ledger (
        id uuid PRIMARY KEY,
        member_id uuid NOT NULL REFERENCES loyalty_members (id),
        kind text NOT NULL CHECK (kind IN ('EARNED', 'NOT_EARNED', 'REDEEMED', 'EXPIRED', 'REFERRAL_REWARD')),
        points integer NOT NULL,
        remaining integer NOT NULL DEFAULT 0 CHECK (remaining >= 0),
        balance_after integer NOT NULL CHECK (balance_after >= 0),
        payment_id uuid UNIQUE,
        referral_id uuid UNIQUE,
        amount numeric(19, 4),
        currency char(3),
        multiplier numeric(19, 4),
        campaign_multiplier numeric(19, 4),
        reason text,
        occurred_at timestamptz NOT NULL,
        expires_at timestamptz
      )`);
    await queryRunner.query(
      'CREATE INDEX loyalty_ledger_member_history ON loyalty_ledger (member_id, occurred_at, id)',
    );
    await queryRunner.query(
      'CREATE INDEX loyalty_ledger_open_lots ON loyalty_ledger (member_id, occurred_at, id) WHERE remaining > 0',
    );
    await queryRunner.query(
      'CREATE INDEX loyalty_ledger_expiring ON loyalty_ledger (expires_at) WHERE remaining > 0 AND expires_at IS NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE loyalty_ledger');
    await queryRunner.query('DROP TABLE loyalty_members');
    await queryRunner.query('DROP TABLE loyalty_programmes');
  }
}
