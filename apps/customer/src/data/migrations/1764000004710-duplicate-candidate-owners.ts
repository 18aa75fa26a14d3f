import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A rep's or a team's page of `duplicateCandidates` as an index read too (issue 16 item 5): each
 * pair carries its two customers' owners, filled when the pair is written and moved when a
 * customer changes hands, so a restricted caller's page reads only pairs that are theirs instead
 * of walking everyone's pairs and dropping the others'.
 */
export class DuplicateCandidateOwners1764000004710 implements MigrationInterface {
  name = 'DuplicateCandidateOwners1764000004710';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE duplicate_candidates ADD COLUMN left_owner_id uuid, ADD COLUMN right_owner_id uuid',
    );
    await queryRunner.query(`
      CREATE FUNCTION duplicate_candidate_owners() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT owner_id INTO NEW.left_owner_id FROM customers WHERE id = NEW.left_id;
        SELECT owner_id INTO NEW.right_owner_id FROM customers WHERE id = NEW.right_id;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER duplicate_candidates_owners BEFORE INSERT ON duplicate_candidates
        FOR EACH ROW EXECUTE FUNCTION duplicate_candidate_owners()`);
    await queryRunner.query(`
      CREATE FUNCTION duplicate_candidate_owners_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE duplicate_candidates d SET left_owner_id = n.owner_id
          FROM old_rows o JOIN new_rows n ON n.id = o.id
         WHERE d.left_id = n.id AND o.owner_id IS DISTINCT FROM n.owner_id;
        UPDATE duplicate_candidates d SET right_owner_id = n.owner_id
          FROM old_rows o JOIN new_rows n ON n.id = o.id
         WHERE d.right_id = n.id AND o.owner_id IS DISTINCT FROM n.owner_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER customers_duplicate_owners AFTER UPDATE ON customers
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION duplicate_candidate_owners_changed()`);
    await queryRunner.query(`
      UPDATE duplicate_candidates d SET left_owner_id = l.owner_id, right_owner_id = r.owner_id
        FROM customers l, customers r WHERE l.id = d.left_id AND r.id = d.right_id`);
    await queryRunner.query(
      `CREATE INDEX duplicate_candidates_owners
         ON duplicate_candidates (left_owner_id, right_owner_id, left_id, right_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER customers_duplicate_owners ON customers');
    await queryRunner.query('DROP FUNCTION duplicate_candidate_owners_changed()');
    await queryRunner.query('DROP TRIGGER duplicate_candidates_owners ON duplicate_candidates');
    await queryRunner.query('DROP FUNCTION duplicate_candidate_owners()');
    await queryRunner.query(
      'ALTER TABLE duplicate_candidates DROP COLUMN left_owner_id, DROP COLUMN right_owner_id',
    );
  }
}
