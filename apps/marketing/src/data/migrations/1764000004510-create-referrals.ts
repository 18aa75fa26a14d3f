import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Referrals by members' codes, and what marketing needs to judge them (issue 13 §6). */
export class CreateReferrals1764000004510 implements MigrationInterface {
  name = 'CreateReferrals1764000004510';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE referrals (
        id uuid PRIMARY KEY,
        referrer_customer_id uuid NOT NULL,
        referred_customer_id uuid UNIQUE,
        referred_lead_id uuid UNIQUE,
        status text NOT NULL CHECK (status IN ('RECORDED', 'REFUSED', 'REWARDED')),
        refusal text CHECK (refusal IN ('SELF_REFERRAL', 'SAME_EMAIL', 'SAME_PHONE')),
        reward_points integer,
        reward_payment_id uuid,
        recorded_at timestamptz NOT NULL,
        rewarded_at timestamptz,
        CONSTRAINT referrals_referred CHECK (referred_customer_id IS NOT NULL OR referred_lead_id IS NOT NULL)
      )`);
    await queryRunner.query('CREATE INDEX referrals_referrer ON referrals (referrer_customer_id, status)');
    // Per customer: fingerprints (not addresses) of email and phone, and the first payment seen.
    await queryRunner.query(`
      CREATE TABLE referral_customers (
        customer_id uuid PRIMARY KEY,
        email_hash text,
        phone_hash text,
        first_payment_id uuid,
        first_paid_at timestamptz
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE referral_customers');
    await queryRunner.query('DROP TABLE referrals');
  }
}
