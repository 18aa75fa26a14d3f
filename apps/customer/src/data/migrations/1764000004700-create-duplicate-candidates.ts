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
    await queryRunner.query(
      'CREATE INDEX duplicate_candidates_block ON duplicate_candidates (reason, block)',
    );
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
      await queryRunner.query(
        `DROP TRIGGER customers_duplicate_keys_${operation.toLowerCase()} ON customers`,
      );
    await queryRunner.query('DROP FUNCTION duplicate_keys_changed()');
    await queryRunner.query('DROP FUNCTION refresh_duplicate_candidates(uuid[], text[], text[], boolean[])');
    await queryRunner.query('DROP FUNCTION duplicate_blocks_of(text, text, text)');
    await queryRunner.query('DROP TABLE duplicate_candidates');
  }
}

/**
 * Brings the rows of the blocks these customers left or joined up to date. Each change is a row
 * (customer id, reason, block, before): a block the customer was in before the change (before) or
 * is in now. Each block is read through its own index and at most 51 members deep, so a crowded
 * block costs one short index probe. Then, per block:
 * - more than 50 members now: it has no rows;
 * - 50 or fewer now, more before (it just fell under the cap): all its pairs are written;
 * - otherwise only the pairs of the changed customers are rewritten, so a change in a block of 50
 *   compares 50 names, not 1 225 pairs.
 * JIT is off: its compile time dwarfs a statement that probes a few indexes.
 */
const REFRESH_FUNCTION = `
  CREATE FUNCTION refresh_duplicate_candidates(ids uuid[], reasons text[], blocks text[], before boolean[])
  RETURNS void LANGUAGE plpgsql SET jit = off AS $$
  DECLARE
    whole_reasons text[];
    whole_blocks text[];
    partial_reasons text[];
    partial_blocks text[];
  BEGIN
    WITH changes AS (
      SELECT * FROM unnest(ids, reasons, blocks, before) AS x(id, reason, block, was_member) WHERE block IS NOT NULL
    ), changed AS (
      SELECT DISTINCT id FROM changes
    ), keys AS (
      SELECT reason, block, count(*) FILTER (WHERE was_member) AS was FROM changes GROUP BY reason, block
    ), sized AS (
      SELECT k.reason, k.block, m.size, m.size - m.changed_now + k.was AS size_before
        FROM keys k CROSS JOIN LATERAL (
          SELECT count(*) AS size, count(*) FILTER (WHERE c.id IN (SELECT id FROM changed)) AS changed_now
            FROM (
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
        ) c
        ) m
    )
    SELECT array_agg(reason) FILTER (WHERE size > 50 OR size_before > 50),
           array_agg(block) FILTER (WHERE size > 50 OR size_before > 50),
           array_agg(reason) FILTER (WHERE size <= 50 AND size_before <= 50),
           array_agg(block) FILTER (WHERE size <= 50 AND size_before <= 50)
      INTO whole_reasons, whole_blocks, partial_reasons, partial_blocks
      FROM sized;

    DELETE FROM duplicate_candidates d
     USING unnest(whole_reasons, whole_blocks) AS w(reason, block)
     WHERE d.reason = w.reason AND d.block = w.block;
    DELETE FROM duplicate_candidates d
     USING unnest(partial_reasons, partial_blocks) AS p(reason, block)
     WHERE d.reason = p.reason AND d.block = p.block
       AND (d.left_id IN (SELECT unnest(ids)) OR d.right_id IN (SELECT unnest(ids)));

    INSERT INTO duplicate_candidates (left_id, right_id, reason, block)
    WITH keys AS (
      SELECT reason, block, true AS whole FROM unnest(whole_reasons, whole_blocks) AS w(reason, block)
      UNION ALL
      SELECT reason, block, false FROM unnest(partial_reasons, partial_blocks) AS p(reason, block)
    ), changed AS (
      SELECT DISTINCT unnest(ids) AS id
    ), members AS (
      SELECT k.reason, k.block, k.whole, m.id, m.name, m.id IN (SELECT id FROM changed) AS changed,
             count(*) OVER (PARTITION BY k.reason, k.block) AS size
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
    -- From each changed member (every member of a whole block) to the others: a pair of two
    -- changed members is taken once, from its smaller id.
    SELECT least(x.id, y.id), greatest(x.id, y.id), x.reason, x.block
      FROM (SELECT * FROM members WHERE size <= 50 AND (whole OR changed)) x
      JOIN members y ON y.reason = x.reason AND y.block = x.block AND y.id <> x.id
     WHERE (x.id < y.id OR NOT (x.whole OR y.changed))
       AND (x.reason <> 'NAME' OR similarity(x.name, y.name) >= 0.6);
  END
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
    ids uuid[];
    reasons text[];
    blocks text[];
    before boolean[];
  BEGIN
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(r.id), array_agg(k.reason), array_agg(k.block), array_agg(false)
        INTO ids, reasons, blocks, before
        FROM new_rows r CROSS JOIN LATERAL duplicate_blocks_of(r.email, r.phone, r.name) k;
    ELSIF TG_OP = 'DELETE' THEN
      SELECT array_agg(r.id), array_agg(k.reason), array_agg(k.block), array_agg(true)
        INTO ids, reasons, blocks, before
        FROM old_rows r CROSS JOIN LATERAL duplicate_blocks_of(r.email, r.phone, r.name) k;
    ELSE
      SELECT array_agg(n.id), array_agg(k.reason), array_agg(k.block), array_agg(r.was_member)
        INTO ids, reasons, blocks, before
        FROM old_rows o JOIN new_rows n ON n.id = o.id
       CROSS JOIN LATERAL (VALUES (o.email, o.phone, o.name, true), (n.email, n.phone, n.name, false))
                          AS r(email, phone, name, was_member)
       CROSS JOIN LATERAL duplicate_blocks_of(r.email, r.phone, r.name) k
       WHERE (o.email, o.phone, o.name, o.merged_into_id) IS DISTINCT FROM (n.email, n.phone, n.name, n.merged_into_id);
    END IF;
    IF ids IS NOT NULL THEN
      PERFORM refresh_duplicate_candidates(ids, reasons, blocks, before);
    END IF;
    RETURN NULL;
  END
  $$`;

const TRIGGERS = [
  ['INSERT', 'NEW TABLE AS new_rows'],
  ['UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['DELETE', 'OLD TABLE AS old_rows'],
] as const;

/**
 * The whole table from scratch, for the migration and for bulk loads that turned the trigger off
 * (the bench's 1 M customers): the same blocking rules as refresh_duplicate_candidates, set-based,
 * because a lateral probe per block is quick for one change and slow for a million blocks.
 */
export const FILL = `
  TRUNCATE duplicate_candidates;
  INSERT INTO duplicate_candidates (left_id, right_id, reason, block)
  WITH keyed AS (
    SELECT c.id, c.name, k.reason, k.block FROM customers c
     CROSS JOIN LATERAL duplicate_blocks_of(c.email, c.phone, c.name) k
     WHERE c.merged_into_id IS NULL
  ), members AS (
    SELECT *, count(*) OVER (PARTITION BY reason, block) AS size FROM keyed
  )
  SELECT a.id, b.id, a.reason, a.block
    FROM members a JOIN members b ON a.reason = b.reason AND a.block = b.block AND a.id < b.id
   WHERE a.size <= 50 AND (a.reason <> 'NAME' OR similarity(a.name, b.name) >= 0.6)`;
