import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { analyticsEventHandlers, foldRollupShards } from '@crm/analytics';
import { buildEvent, type AnyCloudEvent } from '@crm/events';
import { applyInOneTransaction, type HandlerOf } from '@crm/messaging';
import { ownReadModels, type OwnReadModels } from './support/own-read-models';

const TOPIC = 'crm.sales.opportunity.v1';

/**
 * Issue 16 item 6: partitions applied side by side count into roll-up rows of their own (a shard
 * per consumer lane), so neither waits on the other's row locks; the fold adds the shards up.
 */
describe('roll-up shards per consumer lane', () => {
  const handlers = analyticsEventHandlers() as Record<string, HandlerOf>;
  let own: OwnReadModels;
  let readModels: DataSource;

  beforeAll(async () => {
    own = await ownReadModels('shards');
    readModels = own.readModels;
  });

  afterAll(() => own?.drop());

  const opened = (ownerId: string, opportunityId = randomUUID()) =>
    buildEvent('crm.sales.opportunity.created', {
      subject: opportunityId,
      actor: ownerId,
      data: {
        opportunityId,
        customerId: randomUUID(),
        name: 'Shard deal',
        amount: '1000',
        currency: 'EUR',
        stage: 'QUALIFICATION',
        probability: 20,
        ownerId,
        expectedCloseDate: '2027-06-30',
        createdAt: '2026-11-10T10:00:00.000Z',
      },
    });

  const apply = (event: AnyCloudEvent, partition: number, handler = handlers[event.type]) =>
    applyInOneTransaction(readModels, [{ event, handler, topic: TOPIC }], { topic: TOPIC, partition });

  const createdRows = (ownerId: string) =>
    readModels.query(
      'SELECT furthest_stage, deals, shard FROM sales_created_months WHERE owner_id = $1 ORDER BY deals, shard',
      [ownerId],
    ) as Promise<{ furthest_stage: number; deals: number; shard: number }[]>;

  it("lets two lanes count into one owner's month at once, and the fold adds their shards up", async () => {
    const ownerId = randomUUID();
    let counted!: () => void;
    const firstCounted = new Promise<void>((resolve) => (counted = resolve));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Lane 0 counts its deal and keeps its transaction (and its row locks) open.
    const first = opened(ownerId);
    const lane0 = apply(first, 0, async (event, manager) => {
      await handlers[event.type](event, manager);
      counted();
      await held;
    });
    await firstCounted;
    // Lane 1 counts a deal of the same owner and month meanwhile: a wait on lane 0's row would time out.
    await apply(opened(ownerId), 1, async (event, manager: EntityManager) => {
      await manager.query(`SET LOCAL lock_timeout = '3s'`);
      await handlers[event.type](event, manager);
    });
    release();
    await lane0;

    const shards = await createdRows(ownerId);
    expect(shards).toHaveLength(2);
    expect(shards.map((row) => row.deals)).toEqual([1, 1]);
    expect(new Set(shards.map((row) => row.shard)).size).toBe(2);

    expect(await readModels.transaction((manager) => foldRollupShards(manager))).toBeGreaterThan(0);
    expect(await createdRows(ownerId)).toEqual([
      { furthest_stage: shards[0].furthest_stage, deals: 2, shard: 0 },
    ]);
  });

  it('keeps a lane row counted back to zero until the fold, which drops it', async () => {
    const ownerId = randomUUID();
    const opportunityId = randomUUID();
    await apply(opened(ownerId, opportunityId), 0);
    await readModels.transaction((manager) => foldRollupShards(manager));
    const lost = buildEvent('crm.sales.opportunity.stage_changed', {
      subject: opportunityId,
      actor: ownerId,
      data: {
        opportunityId,
        customerId: randomUUID(),
        fromStage: 'QUALIFICATION',
        toStage: 'CLOSED_LOST',
        probability: 0,
        amount: '1000',
        currency: 'EUR',
        reason: 'price',
        ownerId,
        changedAt: '2026-11-20T10:00:00.000Z',
      },
    });
    await apply(lost, 2);
    const open = (): Promise<{ deals: number; shard: number }[]> =>
      readModels.query(
        'SELECT deals, shard FROM sales_open_owner_totals WHERE owner_id = $1 ORDER BY shard',
        [ownerId],
      );
    const beforeFold = await open();
    expect(beforeFold.reduce((sum, row) => sum + row.deals, 0)).toBe(0);
    expect(beforeFold).toHaveLength(2);

    await readModels.transaction((manager) => foldRollupShards(manager));
    expect(await open()).toEqual([]);
  });

  it('lets one replica fold at a time', async () => {
    await readModels.transaction(async (manager) => {
      expect(await foldRollupShards(manager)).not.toBeNull();
      const other = await readModels.transaction((another) => foldRollupShards(another));
      expect(other).toBeNull();
    });
  });
});
