import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Satisfaction surveys, the invitations resolved tickets send (only the token's hash is kept) and
 * the responses, with the CSAT and NPS scores in their own columns so reports count them in SQL.
 */
export class CreateSurveys1764000003800 implements MigrationInterface {
  name = 'CreateSurveys1764000003800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE surveys (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        queue_id uuid,
        status text NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'RETIRED')),
        questions jsonb NOT NULL CHECK (jsonb_typeof(questions) = 'array'),
        activated_at timestamptz,
        retired_at timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL
      )`);
    // One active survey per queue, and one default (queue_id NULL): NULLs would not collide, the zero uuid does.
    await queryRunner.query(`
      CREATE UNIQUE INDEX surveys_one_active_per_queue
        ON surveys (COALESCE(queue_id, '00000000-0000-0000-0000-000000000000'::uuid)) WHERE status = 'ACTIVE'`);
    await queryRunner.query('CREATE INDEX surveys_status_created_at ON surveys (status, created_at, id)');
    await queryRunner.query(`
      CREATE TABLE survey_invitations (
        id uuid PRIMARY KEY,
        survey_id uuid NOT NULL REFERENCES surveys (id),
        ticket_id uuid NOT NULL REFERENCES tickets (id),
        ticket_resolved_at timestamptz NOT NULL,
        customer_id uuid NOT NULL,
        queue_id uuid,
        assignee_id uuid,
        token_hash text NOT NULL UNIQUE,
        sent_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL CHECK (expires_at > sent_at),
        answered_at timestamptz,
        revoked_at timestamptz,
        version integer NOT NULL,
        UNIQUE (ticket_id, ticket_resolved_at)
      )`);
    await queryRunner.query('CREATE INDEX survey_invitations_customer ON survey_invitations (customer_id)');
    await queryRunner.query(`
      CREATE TABLE survey_responses (
        id uuid PRIMARY KEY,
        invitation_id uuid NOT NULL UNIQUE REFERENCES survey_invitations (id),
        survey_id uuid NOT NULL REFERENCES surveys (id),
        ticket_id uuid NOT NULL REFERENCES tickets (id),
        customer_id uuid NOT NULL,
        queue_id uuid,
        assignee_id uuid,
        answers jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'array'),
        csat_score smallint CHECK (csat_score BETWEEN 1 AND 5),
        nps_score smallint CHECK (nps_score BETWEEN 0 AND 10),
        responded_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL
      )`);
    // satisfactionReport filters on the period, optionally with a queue or an agent; Customer.satisfaction reads the latest.
    await queryRunner.query('CREATE INDEX survey_responses_responded_at ON survey_responses (responded_at)');
    await queryRunner.query(
      'CREATE INDEX survey_responses_queue_responded_at ON survey_responses (queue_id, responded_at)',
    );
    await queryRunner.query(
      'CREATE INDEX survey_responses_assignee_responded_at ON survey_responses (assignee_id, responded_at)',
    );
    await queryRunner.query(
      'CREATE INDEX survey_responses_customer_responded_at ON survey_responses (customer_id, responded_at DESC, id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE survey_responses');
    await queryRunner.query('DROP TABLE survey_invitations');
    await queryRunner.query('DROP TABLE surveys');
  }
}
