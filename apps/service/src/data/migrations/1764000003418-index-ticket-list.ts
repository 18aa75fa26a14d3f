import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One index per filter of the tickets list, each ending in the list's order (created_at DESC, id)
 * so a filtered page is an index range scan; queue and status together serve the queue views.
 */
export class IndexTicketList1764000003418 implements MigrationInterface {
  name = 'IndexTicketList1764000003418';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, columns] of INDEXES)
      await queryRunner.query(`CREATE INDEX ${name} ON tickets (${columns}, created_at, id)`);
    await queryRunner.query('CREATE INDEX tickets_created_at ON tickets (created_at, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX tickets_created_at');
    for (const [name] of INDEXES) await queryRunner.query(`DROP INDEX ${name}`);
  }
}

const INDEXES = [
  ['tickets_queue_status_created_at', 'queue_id, status'],
  ['tickets_status_created_at', 'status'],
  ['tickets_assignee_created_at', 'assignee_id'],
  ['tickets_priority_created_at', 'priority'],
  ['tickets_category_created_at', 'category'],
] as const;
