import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail in and out: each support queue's address (mail to it opens tickets in the queue, replies go
 * out from it), and the customers' contacts' addresses the service learnt from customer events,
 * to tell who wrote a mail.
 */
export class CreateQueueMailboxes1764000003600 implements MigrationInterface {
  name = 'CreateQueueMailboxes1764000003600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE queue_mailboxes (
        queue_id uuid PRIMARY KEY,
        address text NOT NULL UNIQUE CHECK (address = lower(address) AND length(address) <= 320),
        unknown_requester_customer_id uuid,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX queue_mailboxes_unknown_requester ON queue_mailboxes (unknown_requester_customer_id)',
    );
    await queryRunner.query(`
      CREATE TABLE known_contacts (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        email text CHECK (email = lower(email) AND length(email) <= 320),
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX known_contacts_email ON known_contacts (email, created_at, id)');
    await queryRunner.query('CREATE INDEX known_contacts_customer ON known_contacts (customer_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE known_contacts');
    await queryRunner.query('DROP TABLE queue_mailboxes');
  }
}
