import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email and SMS templates, every marketing message (sent, deferred or suppressed, with why) and
 * the addresses that must not be written to again (bounced or unsubscribed). The frequency cap
 * counts a customer's messages per channel in a window; the dispatcher takes due messages in order.
 */
export class CreateMessages1764000004300 implements MigrationInterface {
  name = 'CreateMessages1764000004300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE message_templates (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
        subject text,
        html_body text,
        text_body text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL,
        CONSTRAINT message_templates_email_has_subject CHECK (channel <> 'EMAIL' OR subject IS NOT NULL)
      )`);
    await queryRunner.query('CREATE INDEX message_templates_name ON message_templates (name, id)');
    await queryRunner.query(`
      CREATE TABLE marketing_messages (
        id uuid PRIMARY KEY,
        template_id uuid NOT NULL REFERENCES message_templates (id),
        template_version integer NOT NULL,
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
        customer_id uuid NOT NULL,
        campaign_id uuid,
        address text,
        subject text,
        text_body text,
        html_body text,
        status text NOT NULL
          CHECK (status IN ('QUEUED', 'DEFERRED', 'SENT', 'DELIVERED', 'BOUNCED', 'SUPPRESSED', 'FAILED')),
        suppression_reason text,
        status_detail text,
        send_after timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        sent_at timestamptz,
        delivered_at timestamptz,
        opened_at timestamptz,
        clicked_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL
      )`);
    // The cap counts what went out (or is about to) per customer and channel since a time.
    await queryRunner.query(
      'CREATE INDEX marketing_messages_cap ON marketing_messages (customer_id, channel, created_at)',
    );
    await queryRunner.query(
      `CREATE INDEX marketing_messages_due ON marketing_messages (send_after, id)
         WHERE status IN ('QUEUED', 'DEFERRED')`,
    );
    await queryRunner.query(
      'CREATE INDEX marketing_messages_campaign ON marketing_messages (campaign_id, created_at, id)',
    );
    await queryRunner.query(`
      CREATE TABLE suppressed_addresses (
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
        address text NOT NULL,
        reason text NOT NULL CHECK (reason IN ('BOUNCED', 'UNSUBSCRIBED')),
        message_id uuid,
        suppressed_at timestamptz NOT NULL,
        PRIMARY KEY (channel, address)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE suppressed_addresses');
    await queryRunner.query('DROP TABLE marketing_messages');
    await queryRunner.query('DROP TABLE message_templates');
  }
}
