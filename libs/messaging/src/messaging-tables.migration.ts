import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@crm/db';
import { outboxChannelOf } from './outbox-channel';
import { outboxNotifyFunctionSql } from './outbox-notify-function';

/** Creates the outbox and inbox tables every service has; list it first in each service's migrations. */
export class MessagingTables1764000000000 implements MigrationInterface {
  name = 'MessagingTables1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const channel = outboxChannelOf(schemaOf(queryRunner.connection));
    await queryRunner.query(`
      CREATE TABLE outbox (
        position bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        event_type text NOT NULL,
        topic text NOT NULL,
        message_key text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await queryRunner.query('CREATE INDEX outbox_pending ON outbox (position) WHERE sent_at IS NULL');
    await queryRunner.query(`
      CREATE TABLE inbox (
        event_id uuid PRIMARY KEY,
        event_type text NOT NULL,
        topic text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One notification per inserting statement wakes the relay; the payload is unused.
    await queryRunner.query(outboxNotifyFunctionSql(channel));
    await queryRunner.query(
      'CREATE TRIGGER outbox_inserted AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION notify_outbox()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE inbox');
    await queryRunner.query('DROP TABLE outbox');
    await queryRunner.query('DROP FUNCTION notify_outbox()');
  }
}
