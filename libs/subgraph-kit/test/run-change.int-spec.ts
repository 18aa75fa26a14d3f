import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { createServiceDataSource, runMigrations } from '@crm/db';
import { buildEvent, SYSTEM_ACTOR } from '@crm/events';
import { InboxMessage, MessagingTables1764000000000, OutboxMessage } from '@crm/messaging';
import { testServiceEnv } from '@crm/testing';
import { runChange, SYSTEM_CALLER, type ChangeScope } from '@crm/subgraph-kit';

/** A scratch aggregate in the marketing schema, created and dropped by this test. */
@Entity({ name: 'write_path_test_deal' })
class ScratchDeal {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('int') version!: number;
}

const DEAL_ID = '01950c90-9999-7000-8000-000000000001';
const ORIGIN = { actor: SYSTEM_ACTOR, correlationId: '01950c90-9999-7000-8000-0000000000c0' };

const renamed = (name: string) =>
  buildEvent('crm.marketing.audit.recorded', {
    subject: DEAL_ID,
    ...ORIGIN,
    data: {
      entityType: 'ScratchDeal',
      entityId: DEAL_ID,
      action: `renamed to ${name}`,
      actorId: SYSTEM_ACTOR,
      changes: [],
      occurredAt: new Date().toISOString(),
    },
  });

describe('runChange, the one write path', () => {
  let dataSource: DataSource;
  const scope = (): ChangeScope => ({
    service: 'marketing',
    caller: SYSTEM_CALLER,
    origin: ORIGIN,
    db: dataSource,
  });
  const outboxOf = async () =>
    (await dataSource.query(`SELECT payload FROM outbox WHERE message_key = $1 ORDER BY position`, [
      DEAL_ID,
    ])) as { payload: { type: string; data: { action: string } } }[];

  beforeAll(async () => {
    dataSource = createServiceDataSource({
      url: testServiceEnv('marketing', 'write-path').DATABASE_URL,
      schema: 'marketing',
      entities: [OutboxMessage, InboxMessage, ScratchDeal],
      migrations: [MessagingTables1764000000000],
    });
    await dataSource.initialize();
    await runMigrations(dataSource);
    await dataSource.query(
      'CREATE TABLE IF NOT EXISTS write_path_test_deal (id uuid PRIMARY KEY, name text NOT NULL, version int NOT NULL)',
    );
    await dataSource.query('DELETE FROM write_path_test_deal');
  });
  afterAll(async () => {
    await dataSource?.query('DROP TABLE IF EXISTS write_path_test_deal');
    await dataSource?.destroy();
  });

  it('inserts, updates under a version check, and writes events then audit entries in one transaction', async () => {
    await runChange(scope(), (change) =>
      change.insert(ScratchDeal, { id: DEAL_ID, name: 'Pilot', version: 1 }, { action: 'openDeal' }),
    );
    const after = await runChange(scope(), async (change) => {
      const before = await change.lock(ScratchDeal, DEAL_ID, { version: 1 });
      change.publish(renamed('Rollout'));
      return change.update(ScratchDeal, before, { name: 'Rollout' }, { action: 'renameDeal' });
    });
    expect(after).toMatchObject({ id: DEAL_ID, name: 'Rollout', version: 2 });
    const actions = (await outboxOf()).map((row) => row.payload.data.action);
    expect(actions).toEqual(['openDeal', 'renamed to Rollout', 'renameDeal']);
  });

  it('refuses a stale version with CONFLICT and writes nothing', async () => {
    const written = (await outboxOf()).length;
    await expect(
      runChange(scope(), async (change) => {
        change.publish(renamed('Stale'));
        const before = await change.lock(ScratchDeal, DEAL_ID, { version: 1 });
        return change.update(ScratchDeal, before, { name: 'Stale' }, { action: 'renameDeal' });
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await outboxOf()).toHaveLength(written);
  });

  it('says NOT_FOUND with the field for a missing aggregate', async () => {
    await expect(
      runChange(scope(), (change) =>
        change.lock(ScratchDeal, '01950c90-9999-7000-8000-00000000dead', { field: 'input.dealId' }),
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'input.dealId' });
  });

  it('rolls the change back when the work fails after writing', async () => {
    await expect(
      runChange(scope(), async (change) => {
        const before = await change.lock(ScratchDeal, DEAL_ID);
        await change.update(ScratchDeal, before, { name: 'Half written' }, { action: 'renameDeal' });
        throw new Error('domain rule refused');
      }),
    ).rejects.toThrow('domain rule refused');
    const [row] = await dataSource.query('SELECT name, version FROM write_path_test_deal WHERE id = $1', [
      DEAL_ID,
    ]);
    expect(row).toEqual({ name: 'Rollout', version: 2 });
  });

  it('joins a transaction already open, as a saga step inside the consumer does', async () => {
    await dataSource.transaction(async (manager) => {
      await runChange({ ...scope(), db: manager }, async (change) => {
        const before = await change.lock(ScratchDeal, DEAL_ID);
        return change.update(ScratchDeal, before, { name: 'From an event' }, { action: 'applyEvent' });
      });
      const [row] = await manager.query('SELECT name FROM write_path_test_deal WHERE id = $1', [DEAL_ID]);
      expect(row.name).toBe('From an event');
    });
  });
});
