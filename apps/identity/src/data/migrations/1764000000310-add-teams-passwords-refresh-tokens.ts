import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Teams, a user's team and password hash, and the refresh tokens that keep a session alive. */
export class AddTeamsPasswordsRefreshTokens1764000000310 implements MigrationInterface {
  name = 'AddTeamsPasswordsRefreshTokens1764000000310';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE teams (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        manager_id uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query('CREATE UNIQUE INDEX teams_name_key ON teams (lower(name))');
    await queryRunner.query('CREATE INDEX teams_manager_id ON teams (manager_id)');
    await queryRunner.query('CREATE INDEX teams_created_at_id ON teams (created_at, id)');

    await queryRunner.query(`
      ALTER TABLE users
        ADD COLUMN team_id uuid REFERENCES teams (id),
        ADD COLUMN password_hash text`);
    await queryRunner.query('CREATE INDEX users_team_id ON users (team_id)');

    // Only a SHA-256 of each token is kept: a leaked table does not leak sessions.
    await queryRunner.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id),
        token_hash bytea NOT NULL CHECK (length(token_hash) = 32),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        replaced_by uuid REFERENCES refresh_tokens (id)
      )`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX refresh_tokens_token_hash_key ON refresh_tokens (token_hash)',
    );
    await queryRunner.query(
      'CREATE INDEX refresh_tokens_user_id_live ON refresh_tokens (user_id) WHERE revoked_at IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE refresh_tokens');
    await queryRunner.query('ALTER TABLE users DROP COLUMN team_id, DROP COLUMN password_hash');
    await queryRunner.query('DROP TABLE teams');
  }
}
