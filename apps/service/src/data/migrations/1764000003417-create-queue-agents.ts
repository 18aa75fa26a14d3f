import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who may work a queue: the service's projection of identity's users (created, team_assigned,
 * roles_changed, deactivated). Each field keeps the time of the event that set it, so events
 * applied in any order, or twice, end in the same row. And each queue's assignment rule.
 */
export class CreateQueueAgents1764000003417 implements MigrationInterface {
  name = 'CreateQueueAgents1764000003417';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE known_users (
        id uuid PRIMARY KEY,
        name text,
        team_id uuid,
        team_as_of timestamptz,
        roles text[] NOT NULL DEFAULT '{}',
        roles_as_of timestamptz,
        deactivated_at timestamptz
      )`);
    await queryRunner.query('CREATE INDEX known_users_team ON known_users (team_id)');
    await queryRunner.query(`
      CREATE TABLE queue_assignment_rules (
        -- the queue's (team's) id: one rule per queue
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('ROUND_ROBIN', 'LEAST_OPEN', 'CATEGORY')),
        category_agents jsonb NOT NULL DEFAULT '{}',
        last_assignee_id uuid,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE queue_assignment_rules');
    await queryRunner.query('DROP TABLE known_users');
  }
}
