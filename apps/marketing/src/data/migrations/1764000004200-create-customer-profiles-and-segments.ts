import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Marketing's projection of customers (issue 13 §2) and the segments over it. Every attribute a
 * segment rule filters on has an index: Postgres combines them (bitmap AND/OR) for any rule.
 */
export class CreateCustomerProfilesAndSegments1764000004200 implements MigrationInterface {
  name = 'CreateCustomerProfilesAndSegments1764000004200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE customer_profiles (
        customer_id uuid PRIMARY KEY,
        kind text,
        email text,
        region text,
        industry text,
        tags text[] NOT NULL DEFAULT '{}',
        tier text,
        lifecycle text,
        email_consent boolean,
        sms_consent boolean,
        phone_consent boolean,
        csat smallint CHECK (csat BETWEEN 1 AND 5),
        revenue jsonb NOT NULL DEFAULT '{}',
        order_count integer NOT NULL DEFAULT 0 CHECK (order_count >= 0),
        last_order_at timestamptz,
        erased boolean NOT NULL DEFAULT false,
        stamps jsonb NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL
      )`);
    for (const column of ['tier', 'region', 'industry', 'last_order_at', 'csat', 'order_count']) {
      await queryRunner.query(`CREATE INDEX customer_profiles_${column} ON customer_profiles (${column})`);
    }
    // The usual win-back audience (lifecycle, then tier, then recency) reads one index range;
    // lifecycle alone is served by its leading column.
    await queryRunner.query(
      'CREATE INDEX customer_profiles_lifecycle_tier_last_order ON customer_profiles (lifecycle, tier, last_order_at)',
    );
    await queryRunner.query('CREATE INDEX customer_profiles_tags ON customer_profiles USING gin (tags)');
    await queryRunner.query('CREATE INDEX customer_profiles_email ON customer_profiles (lower(email))');
    // Consent is mostly asked as "has granted": a partial index keeps only those rows.
    for (const channel of ['email', 'sms', 'phone']) {
      await queryRunner.query(
        `CREATE INDEX customer_profiles_${channel}_consent ON customer_profiles (customer_id) WHERE ${channel}_consent`,
      );
    }
    await queryRunner.query(`
      CREATE TABLE customer_profile_merges (
        merged_id uuid PRIMARY KEY,
        survivor_id uuid NOT NULL,
        merged_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX customer_profile_merges_survivor ON customer_profile_merges (survivor_id)',
    );

    await queryRunner.query(`
      CREATE TABLE segments (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description text CHECK (length(description) <= 2000),
        kind text NOT NULL CHECK (kind IN ('DYNAMIC', 'STATIC')),
        status text NOT NULL CHECK (status IN ('ACTIVE', 'ARCHIVED')),
        rule jsonb,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT segments_rule_of_dynamic CHECK ((kind = 'DYNAMIC') = (rule IS NOT NULL))
      )`);
    await queryRunner.query('CREATE INDEX segments_created_at_id ON segments (created_at, id)');
    // Each list filter ends in the keyset order (README: Lists); status also finds the live dynamic segments.
    await queryRunner.query('CREATE INDEX segments_status_created_at ON segments (status, created_at, id)');
    await queryRunner.query('CREATE INDEX segments_kind_created_at ON segments (kind, created_at, id)');
    await queryRunner.query(`
      CREATE TABLE segment_members (
        -- No foreign key: segments are never deleted (only archived), and its check cost a quarter of
        -- the time of storing a 1 M-customer evaluation (scripts/bench/segment-evaluation.bench.ts).
        segment_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        added_at timestamptz NOT NULL,
        PRIMARY KEY (segment_id, customer_id)
      )`);
    await queryRunner.query(
      'CREATE INDEX segment_members_customer ON segment_members (customer_id, segment_id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE segment_members');
    await queryRunner.query('DROP TABLE segments');
    await queryRunner.query('DROP TABLE customer_profile_merges');
    await queryRunner.query('DROP TABLE customer_profiles');
  }
}
