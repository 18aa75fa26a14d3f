import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `duplicateCandidates` as an index read (issue 16 item 5): the pairs that share a block (the same
 * email, the same phone, or the same first name word with similar names) are kept in a table the
 * database maintains in the transaction of every change to a customer (created, imported by COPY,
 * updated, merged, erased, deleted), so a page is a walk of its primary key.
 *
 * One row per pair and reason; `block` is the shared value, so a block's rows are replaced whole
 * when one of its members changes. A block of more than 50 live customers (MAX_BLOCK_SIZE in
 * duplicate.repository.ts) says nothing and has no rows; a NAME row needs similar names (the 0.6 of
 * NAME_SIMILARITY_THRESHOLD in duplicate-score.ts). Live: not merged into another customer.
 */
export class CreateDuplicateCandidates1764000004700 implements MigrationInterface {
  name = 'CreateDuplicateCandidates1764000004700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE duplicate_candidates (
        left_id uuid NOT NULL,
        right_id uuid NOT NULL,
        reason text NOT NULL CHECK (reason IN ('EMAIL', 'PHONE', 'NAME')),
        block text NOT NULL,
        PRIMARY KEY (left_id, right_id, reason),
        CHECK (left_id < right_id)
      )`);
    await queryRunner.query('CREATE INDEX duplicate_candidates_block ON duplicate_candidates (reason, block)');
    await queryRunner.query(BLOCKS_FUNCTION);
    await queryRunner.query(REFRESH_FUNCTION);
    await queryRunner.query(KEYS_CHANGED_FUNCTION);
    for (const [operation, transition] of TRIGGERS)
      await queryRunner.query(`
        CREATE TRIGGER customers_duplicate_keys_${operation.toLowerCase()}
          AFTER ${operation} ON customers REFERENCING ${transition}
          FOR EACH STATEMENT EXECUTE FUNCTION duplicate_keys_changed()`);
    await queryRunner.query(FILL);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [operation] of TRIGGERS)
      await queryRunner.query(`DROP TRIGGER customers_duplicate_keys_${operation.toLowerCase()} ON customers`);
    await queryRunner.query('DROP FUNCTION duplicate_keys_changed()');
    await queryRunner.query('DROP FUNCTION refresh_duplicate_candidates(text[], text[])');
    await queryRunner.query('DROP FUNCTION duplicate_blocks_of(text, text, text)');
    await queryRunner.query('DROP TABLE duplicate_candidates');
  }
}

/**
 * Replaces the rows of these blocks (reasons[i], blocks[i]) by the pairs of their live members.
 * Each block is read through its own index and at most 51 members deep: a crowded block costs one
 * short index probe, not its size.
 */
const REFRESH_FUNCTION = `
  CREATE FUNCTION refresh_duplicate_candidates(reasons text[], blocks text[]) RETURNS void
  LANGUAGE sql AS $$
    DELETE FROM duplicate_candidates d
     USING unnest(reasons, blocks) AS k(reason, block)
     WHERE d.reason = k.reason AND d.block = k.block;
    INSERT INTO duplicate_candidates (left_id, right_id, reason, block)
    WITH keys AS (
      SELECT DISTINCT reason, block FROM unnest(reasons, blocks) AS k(reason, block) WHERE block IS NOT NULL
    ), members AS (
      SELECT k.reason, k.block, m.id, m.name, count(*) OVER (PARTITION BY k.reason, k.block) AS size
        FROM keys k CROSS JOIN LATERAL (
          SELECT c.id, c.name FROM customers c
           WHERE k.reason = 'EMAIL' AND c.email = k.block AND c.merged_into_id IS NULL
          UNION ALL
          SELECT c.id, c.name FROM customers c
           WHERE k.reason = 'PHONE' AND c.phone = k.block AND c.merged_into_id IS NULL
          UNION ALL
          SELECT c.id, c.name FROM customers c
           WHERE k.reason = 'NAME' AND substring(lower(c.name) from '^[[:alnum:]]+') = k.block
             AND c.merged_into_id IS NULL
          LIMIT 51
        ) m
    )
    SELECT a.id, b.id, a.reason, a.block
      FROM members a JOIN members b ON a.reason = b.reason AND a.block = b.block AND a.id < b.id
     WHERE a.size <= 50 AND (a.reason <> 'NAME' OR similarity(a.name, b.name) >= 0.6)
  $$`;

/** A customer's blocks: its email, its phone and its name's first word, lower-cased, where it has them. */
const BLOCKS_FUNCTION = `
  CREATE FUNCTION duplicate_blocks_of(email text, phone text, name text)
  RETURNS TABLE (reason text, block text) LANGUAGE sql IMMUTABLE AS $$
    SELECT k.reason, k.block
      FROM (VALUES ('EMAIL', email), ('PHONE', phone),
                   ('NAME', substring(lower(name) from '^[[:alnum:]]+'))) AS k(reason, block)
     WHERE k.block IS NOT NULL
  $$`;

/**
 * The blocks of the customers whose email, phone, name or liveness changed, before and after.
 * A statement trigger with transition tables: a COPY of 2 000 customers refreshes its blocks once.
 */
const KEYS_CHANGED_FUNCTION = `
  CREATE FUNCTION duplicate_keys_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
  DECLARE
    reasons text[];
    blocks text[];
  BEGIN
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(k.reason), array_agg(k.block) INTO reasons, blocks
        FROM new_rows r CROSS JOIN LATERAL duplicate_blocks_of(r.email, r.phone, r.name) k;
    ELSIF TG_OP = 'DELETE' THEN
      SELECT array_agg(k.reason), array_agg(k.block) INTO reasons, blocks
        FROM old_rows r CROSS JOIN LATERAL duplicate_blocks_of(r.email, r.phone, r.name) k;
    ELSE
      SELECT array_agg(k.reason), array_agg(k.block) INTO reasons, blocks
        FROM old_rows o JOIN new_rows n ON n.id = o.id
       CROSS JOIN LATERAL (VALUES (o.email, o.phone, o.name), (n.email, n.phone, n.name)) AS r(email, phone, name)
       CROSS JOIN LATERAL duplicate_blocks_of(r.email, r.phone, r.name) k
       WHERE (o.email, o.phone, o.name, o.merged_into_id) IS DISTINCT FROM (n.email, n.phone, n.name, n.merged_into_id);
    END IF;
    IF reasons IS NOT NULL THEN
      PERFORM refresh_duplicate_candidates(reasons, blocks);
    END IF;
    RETURN NULL;
  END
  $$`;

const TRIGGERS = [
  ['INSERT', 'NEW TABLE AS new_rows'],
  ['UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['DELETE', 'OLD TABLE AS old_rows'],
] as const;

/** Every block of a live customer, through the same function the triggers call. */
export const FILL = `
  SELECT refresh_duplicate_candidates(array_agg(k.reason), array_agg(k.block))
    FROM (
      SELECT DISTINCT k.reason, k.block FROM customers c
       CROSS JOIN LATERAL duplicate_blocks_of(c.email, c.phone, c.name) k
       WHERE c.merged_into_id IS NULL
    ) k`;
