import { randomUUID } from 'node:crypto';
import { queryObserver } from '@crm/db';
import {
  errorOf,
  ok,
  person,
  sender,
  startPlatform,
  tokenFor,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';
import { customerKnownToSales } from './support/sales-fixtures';

/** Issue 5 §3: the pipeline board, by stage, in one currency, with exact sums. */
const BOARD = `query ($currency: String!, $ownerId: ID) {
  pipeline(currency: $currency, ownerId: $ownerId) {
    currency
    stages { stage count amount { amount currency } weightedAmount { amount } }
    total { count amount { amount } weightedAmount { amount } }
    excludedOtherCurrencies
  }
}`;
const CREATE = `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }`;
const LOSE = `mutation ($id: ID!) { loseOpportunity(id: $id, version: 1, reason: "No budget") { id } }`;

interface Board {
  currency: string;
  stages: {
    stage: string;
    count: number;
    amount: { amount: string; currency: string };
    weightedAmount: { amount: string };
  }[];
  total: { count: number; amount: { amount: string }; weightedAmount: { amount: string } };
  excludedOtherCurrencies: number;
}

describe('pipeline board through the gateway', () => {
  let platform: TestPlatform;
  const team = randomUUID();
  const repA = person(['SALES_REP'], { teamId: team });
  const repB = person(['SALES_REP'], { teamId: team });
  const manager = person(['SALES_MANAGER'], { teamId: team, managedUserIds: [repA.userId, repB.userId] });
  const send = {} as Record<'repA' | 'repB' | 'manager', Send>;

  const board = async (as: Send, variables: Record<string, unknown>) =>
    (await ok(as<{ pipeline: Board }>(BOARD, variables))).pipeline;
  const column = (result: Board, stage: string) => result.stages.find((entry) => entry.stage === stage)!;

  beforeAll(async () => {
    platform = await startPlatform();
    send.repA = sender(platform.gatewayUrl, await tokenFor(repA));
    send.repB = sender(platform.gatewayUrl, await tokenFor(repB));
    send.manager = sender(platform.gatewayUrl, await tokenFor(manager));
    const deal = async (as: Send, customerId: string, input: Record<string, unknown>) =>
      (
        await ok(
          as<{ createOpportunity: { id: string } }>(CREATE, {
            input: { customerId, name: 'Board deal', currency: 'EUR', ...input },
          }),
        )
      ).createOpportunity.id;
    const customerA = await customerKnownToSales(platform, send.repA, repA.userId);
    const customerB = await customerKnownToSales(platform, send.repB, repB.userId);
    await deal(send.repA, customerA, { amount: '0.1', stage: 'PROPOSAL' });
    await deal(send.repA, customerA, { amount: '0.2', stage: 'PROPOSAL', probability: 55 });
    await deal(send.repA, customerA, { amount: '1000.0001', stage: 'NEGOTIATION' });
    await deal(send.repA, customerA, { amount: '999', currency: 'USD' });
    const lost = await deal(send.repA, customerA, { amount: '500' });
    await ok(send.repA(LOSE, { id: lost }));
    await deal(send.repB, customerB, { amount: '20', stage: 'QUALIFICATION' });
  });
  afterAll(() => platform?.stop());

  it('sums a rep’s open deals per stage exactly, 0.1 + 0.2 = 0.3, in one SQL query', async () => {
    const statements: string[] = [];
    const record = (schema: string, sql: string) =>
      schema === 'sales' && /opportunities/.test(sql) && statements.push(sql);
    queryObserver.on('query', record);
    const result = await board(send.repA, { currency: 'EUR' });
    queryObserver.off('query', record);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/GROUP BY stage, probability/);

    expect(result.currency).toBe('EUR');
    expect(result.stages.map((entry) => entry.stage)).toEqual([
      'PROSPECTING',
      'QUALIFICATION',
      'NEEDS_ANALYSIS',
      'PROPOSAL',
      'NEGOTIATION',
    ]);
    expect(column(result, 'PROPOSAL')).toEqual({
      stage: 'PROPOSAL',
      count: 2,
      amount: { amount: '0.30', currency: 'EUR' },
      // 0.1 × 60 % + 0.2 × 55 %
      weightedAmount: { amount: '0.17' },
    });
    expect(column(result, 'NEGOTIATION')).toMatchObject({
      count: 1,
      amount: { amount: '1000.0001' },
      weightedAmount: { amount: '800.00008' },
    });
    expect(column(result, 'QUALIFICATION').count).toBe(0);
    // The lost deal is not in the pipeline; the USD deal is counted apart, not converted.
    expect(result.total).toEqual({
      count: 3,
      amount: { amount: '1000.3001' },
      weightedAmount: { amount: '800.17008' },
    });
    expect(result.excludedOtherCurrencies).toBe(1);
  });

  it('shows the manager the team’s deals, and one member’s on request', async () => {
    const team = await board(send.manager, { currency: 'EUR' });
    expect(team.total.count).toBe(4);
    expect(column(team, 'QUALIFICATION').amount.amount).toBe('20.00');
    const ofB = await board(send.manager, { currency: 'EUR', ownerId: repB.userId });
    expect(ofB.total).toMatchObject({ count: 1, amount: { amount: '20.00' } });
  });

  it('shows a rep nothing of another rep’s deals, even when asked for them', async () => {
    const asked = await board(send.repB, { currency: 'EUR', ownerId: repA.userId });
    expect(asked.total.count).toBe(0);
    const usd = await board(send.repA, { currency: 'USD' });
    expect(usd.total).toMatchObject({ count: 1, amount: { amount: '999.00' } });
    expect(usd.excludedOtherCurrencies).toBe(3);
  });

  it('refuses an unknown currency with BAD_USER_INPUT on currency', async () => {
    expect(errorOf(await send.repA(BOARD, { currency: 'EURO' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currency',
    });
  });
});
