import type { MigrationInterface, QueryRunner } from 'typeorm';
import { newId } from '@crm/db';
import { DEFAULT_DICTIONARY } from './default-dictionary';

/**
 * What hangs off a customer's profile (issue 4 item 1): contacts, tags, notes, consent per channel
 * with its history, and the admin-editable data dictionary, seeded with sensible defaults.
 */
export class CreateCustomerProfileTables1764000001100 implements MigrationInterface {
  name = 'CreateCustomerProfileTables1764000001100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE dictionary_entries (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('INDUSTRY', 'SOURCE', 'REGION', 'TAG_GROUP')),
        code text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{0,49}$'),
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
        active boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        UNIQUE (kind, code)
      )`);
    for (const [kind, entries] of Object.entries(DEFAULT_DICTIONARY))
      for (const [code, label] of entries)
        await queryRunner.query(
          `INSERT INTO dictionary_entries (id, kind, code, label, updated_at) VALUES ($1, $2, $3, $4, now())`,
          [newId(), kind, code, label],
        );

    await queryRunner.query(`
      CREATE TABLE contacts (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customers (id),
        first_name text NOT NULL,
        last_name text NOT NULL,
        email text,
        phone text,
        job_title text,
        role text,
        is_primary boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(
      'CREATE INDEX contacts_customer_created_at ON contacts (customer_id, created_at, id)',
    );
    // At most one primary contact per customer, whatever races happen between two writers.
    await queryRunner.query(
      'CREATE UNIQUE INDEX contacts_one_primary ON contacts (customer_id) WHERE is_primary',
    );

    await queryRunner.query(`
      CREATE TABLE tags (
        id uuid PRIMARY KEY,
        group_code text NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE UNIQUE INDEX tags_group_name ON tags (group_code, lower(name))');
    await queryRunner.query('CREATE INDEX tags_group_name_id ON tags (group_code, name, id)');
    await queryRunner.query(`
      CREATE TABLE customer_tags (
        customer_id uuid NOT NULL REFERENCES customers (id),
        tag_id uuid NOT NULL REFERENCES tags (id),
        tagged_at timestamptz NOT NULL,
        PRIMARY KEY (customer_id, tag_id)
      )`);
    await queryRunner.query('CREATE INDEX customer_tags_tag ON customer_tags (tag_id, customer_id)');

    await queryRunner.query(`
      CREATE TABLE customer_notes (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customers (id),
        author_id uuid NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX customer_notes_customer_created_at ON customer_notes (customer_id, created_at, id)',
    );

    await queryRunner.query(`
      CREATE TABLE customer_consents (
        customer_id uuid NOT NULL REFERENCES customers (id),
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'PHONE')),
        granted boolean NOT NULL,
        source text,
        changed_by uuid NOT NULL,
        changed_at timestamptz NOT NULL,
        PRIMARY KEY (customer_id, channel)
      )`);
    await queryRunner.query(`
      CREATE TABLE consent_changes (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customers (id),
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'PHONE')),
        granted boolean NOT NULL,
        source text,
        changed_by uuid NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX consent_changes_customer_created_at ON consent_changes (customer_id, created_at, id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'consent_changes',
      'customer_consents',
      'customer_notes',
      'customer_tags',
      'tags',
      'contacts',
      'dictionary_entries',
    ])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
