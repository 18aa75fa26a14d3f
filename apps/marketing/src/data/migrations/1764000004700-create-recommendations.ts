import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Next-best product (issue 13 §7): purchases from order lines, customers' groups, and the mined model. */
export class CreateRecommendations1764000004700 implements MigrationInterface {
  name = 'CreateRecommendations1764000004700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE recommendation_customers (
        id uuid PRIMARY KEY,
        owner_id uuid,
        tier text,
        industry text,
        region text,
        popularity_group text,
        merged_into uuid,
        erased_at timestamptz,
        updated_at timestamptz NOT NULL
      )`);
    // Re-pointing chains of merges and grouping the baskets read these.
    await queryRunner.query(
      'CREATE INDEX recommendation_customers_merged_into ON recommendation_customers (merged_into) WHERE merged_into IS NOT NULL',
    );
    await queryRunner.query(`
      CREATE TABLE recommendation_purchases (
        order_id uuid NOT NULL,
        product_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        quantity integer NOT NULL CHECK (quantity >= 1),
        purchased_at timestamptz NOT NULL,
        PRIMARY KEY (order_id, product_id)
      )`);
    await queryRunner.query(
      'CREATE INDEX recommendation_purchases_customer_product ON recommendation_purchases (customer_id, product_id)',
    );
    await queryRunner.query(`
      CREATE TABLE co_purchase_rules (
        antecedent_product_id uuid NOT NULL,
        consequent_product_id uuid NOT NULL,
        customer_count integer NOT NULL,
        support double precision NOT NULL,
        confidence double precision NOT NULL,
        lift double precision NOT NULL,
        computed_at timestamptz NOT NULL,
        PRIMARY KEY (antecedent_product_id, consequent_product_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE product_popularity (
        popularity_group text NOT NULL,
        product_id uuid NOT NULL,
        buyer_count integer NOT NULL,
        share double precision NOT NULL,
        rank integer NOT NULL,
        computed_at timestamptz NOT NULL,
        PRIMARY KEY (popularity_group, product_id)
      )`);
    await queryRunner.query(
      'CREATE INDEX product_popularity_group_rank ON product_popularity (popularity_group, rank)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE product_popularity');
    await queryRunner.query('DROP TABLE co_purchase_rules');
    await queryRunner.query('DROP TABLE recommendation_purchases');
    await queryRunner.query('DROP TABLE recommendation_customers');
  }
}
