import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The knowledge base (解决方案库): categories, articles with every version of their text, and the
 * links from tickets to the articles that solved them. Search indexes: a weighted tsvector (title A,
 * body B) for Postgres full-text search; for what its parser does not split into words (a run of
 * Chinese is one "word"), a tsvector of character pairs; pg_trgm over the whole text (substrings of
 * three letters or more) and over titles (misspellings).
 */
export class CreateKnowledgeBase1764000003700 implements MigrationInterface {
  name = 'CreateKnowledgeBase1764000003700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE article_categories (
        id uuid PRIMARY KEY,
        name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
        description text CHECK (length(description) <= 1000),
        created_at timestamptz NOT NULL
      )`);
    // Runs of unspaced script (Han, kana, Hangul) as space-separated character pairs: 退款流程 →
    // "退款 款流 流程", so a two-character term is a word an index can find (trigrams cannot).
    await queryRunner.query(`
      CREATE FUNCTION unspaced_bigrams(input text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(string_agg(substr(run[1], i, 2), ' '), '')
          FROM regexp_matches(input, '[一-鿿㐀-䶿ぁ-ゟ゠-ヿ가-힯]+', 'g') AS run,
               generate_series(1, greatest(char_length(run[1]) - 1, 1)) AS i
      $$`);
    await queryRunner.query(`
      CREATE TABLE articles (
        id uuid PRIMARY KEY,
        category_id uuid REFERENCES article_categories (id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 100000),
        status text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
        current_version integer NOT NULL CHECK (current_version >= 1),
        author_id uuid,
        published_at timestamptz,
        archived_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL,
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')
        ) STORED,
        unspaced_terms tsvector GENERATED ALWAYS AS (
          to_tsvector('simple', unspaced_bigrams(title || ' ' || body))
        ) STORED
      )`);
    await queryRunner.query('CREATE INDEX articles_search_vector ON articles USING gin (search_vector)');
    await queryRunner.query('CREATE INDEX articles_unspaced_terms ON articles USING gin (unspaced_terms)');
    await queryRunner.query(
      `CREATE INDEX articles_search_trigram ON articles USING gin ((title || ' ' || body) gin_trgm_ops)`,
    );
    // Misspelt searches are matched on titles only: word similarity over whole bodies costs seconds.
    await queryRunner.query('CREATE INDEX articles_title_trigram ON articles USING gin (title gin_trgm_ops)');
    await queryRunner.query('CREATE INDEX articles_status_updated_at ON articles (status, updated_at, id)');
    await queryRunner.query('CREATE INDEX articles_updated_at ON articles (updated_at, id)');
    await queryRunner.query(
      'CREATE INDEX articles_category_updated_at ON articles (category_id, updated_at, id)',
    );
    await queryRunner.query(`
      CREATE TABLE article_versions (
        article_id uuid NOT NULL REFERENCES articles (id),
        number integer NOT NULL CHECK (number >= 1),
        category_id uuid REFERENCES article_categories (id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 100000),
        edited_by uuid,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (article_id, number)
      )`);
    await queryRunner.query(`
      CREATE TABLE ticket_articles (
        ticket_id uuid NOT NULL REFERENCES tickets (id),
        article_id uuid NOT NULL REFERENCES articles (id),
        solved_it boolean NOT NULL,
        linked_by uuid,
        linked_at timestamptz NOT NULL,
        PRIMARY KEY (ticket_id, article_id)
      )`);
    // "This solved it" counts per article read this index only.
    await queryRunner.query(
      'CREATE INDEX ticket_articles_solved_by_article ON ticket_articles (article_id) WHERE solved_it',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE ticket_articles');
    await queryRunner.query('DROP TABLE article_versions');
    await queryRunner.query('DROP TABLE articles');
    await queryRunner.query('DROP TABLE article_categories');
    await queryRunner.query('DROP FUNCTION unspaced_bigrams(text)');
  }
}
