import { parseEvent, topicOf, type AnyCloudEvent } from '@crm/events';
import { latestSlot, ManualClock, runIdOf, type Scheduler } from '@crm/scheduler';
import {
  EventProbe,
  ok,
  person,
  sender,
  startPlatform,
  tokenFor,
  waitFor,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';
import { addDays, todayInUtc } from '../src/domain/contract-terms';
import { ACTIVITY_REMINDERS_JOB } from '../src/jobs/activity-reminders.job';
import { CONTRACT_EXPIRY_JOB } from '../src/jobs/contract-expiry.job';
import { CONTRACT_RENEWAL_REMINDERS_JOB } from '../src/jobs/contract-renewal-reminders.job';
import { ORDER_OVERDUE_JOB } from '../src/jobs/order-overdue.job';
import { QUOTE_EXPIRY_JOB } from '../src/jobs/quote-expiry.job';
import { SALES_JOB_SCHEDULES } from '../src/jobs/sales-job-settings';
import type { RunningSales } from '../src/sales-subgraph';
import { customerKnownToSales, openDeal, winDeal } from './support/sales-fixtures';
import { restartSales, startSalesJobsReplica } from './support/sales-with-clock';

/** Issue 9 part 4: sales' time rules fire when the (test) clock passes their moment, once. */
const today = todayInUtc();
const day = (offset: number, time = '00:00:00.000') => `${addDays(today, offset)}T${time}Z`;
const LAST_MOMENT = '23:59:59.999';

describe('scheduled sales work, through the real queue, Postgres and Kafka', () => {
  let platform: TestPlatform;
  let sales: RunningSales;
  let probe: EventProbe;
  let rep: Send;
  let customerId: string;
  const repCaller = person(['SALES_REP']);
  const clock = new ManualClock(new Date());

  beforeAll(async () => {
    platform = await startPlatform();
    sales = await restartSales(platform, clock);
    probe = await EventProbe.start(
      [
        'crm.sales.activity.reminder_due',
        'crm.sales.contract.expired',
        'crm.sales.quote.expired',
        'crm.sales.order.overdue',
      ].map((type) => topicOf(type as AnyCloudEvent['type'])),
    );
    rep = sender(platform.gatewayUrl, await tokenFor(repCaller));
    const admin = sender(platform.gatewayUrl, await tokenFor(person(['ADMIN'])));
    customerId = await customerKnownToSales(platform, admin, repCaller.userId);
  });
  // Each test starts at the real now, so nothing it creates is due before it moves the clock.
  beforeEach(() => clock.set(new Date()));
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  /** One run of the job through the queue, at the clock's time; returns when it completed. */
  async function runJob(name: string, at: string, jobs: Scheduler = sales.jobs): Promise<void> {
    clock.set(at);
    const id = await jobs.runNow(name);
    await jobs.waitForRun(name, id);
  }

  /** The events of `type` about `subject` the service ever meant to publish: its outbox. */
  async function written(type: AnyCloudEvent['type'], subject: string): Promise<AnyCloudEvent[]> {
    const rows: { payload: unknown }[] = await sales.dataSource.query(
      'SELECT payload FROM outbox WHERE event_type = $1 AND message_key = $2 ORDER BY position',
      [type, subject],
    );
    return rows.map((row) => parseEvent(JSON.stringify(row.payload)));
  }

  /** The same events as read back from Kafka. */
  const published = (type: AnyCloudEvent['type'], subject: string) =>
    waitFor(() => {
      const found = probe.messages
        .map((m) => parseEvent(m.value))
        .filter((e) => e.type === type && e.subject === subject);
      if (!found.length) throw new Error(`no ${type} for ${subject} on Kafka yet`);
      return found;
    });

  const row = async (table: string, id: string) =>
    (
      (await sales.dataSource.query(`SELECT * FROM ${table} WHERE id = $1`, [id])) as Record<
        string,
        unknown
      >[]
    )[0];

  it('reminds of an activity when its reminder time comes, once per reminder time', async () => {
    const remindAt = day(2, '09:15:00.000');
    const { scheduleActivity } = await ok(
      rep<{ scheduleActivity: { id: string; version: number } }>(
        `mutation ($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id version } }`,
        {
          input: {
            type: 'CALL',
            subject: 'Renewal call',
            customerId,
            dueAt: day(2, '09:30:00.000'),
            remindAt,
          },
        },
      ),
    );
    const id = scheduleActivity.id;

    await runJob(ACTIVITY_REMINDERS_JOB, day(2, '09:14:59.999'));
    expect(await written('crm.sales.activity.reminder_due', id)).toEqual([]);

    await runJob(ACTIVITY_REMINDERS_JOB, remindAt);
    await runJob(ACTIVITY_REMINDERS_JOB, day(2, '09:20:00.000'));
    const [reminder] = await published('crm.sales.activity.reminder_due', id);
    expect(reminder).toMatchObject({
      actor: 'system',
      data: { activityId: id, remindAt, remindedAt: remindAt, customerId, ownerId: repCaller.userId },
    });
    expect(await written('crm.sales.activity.reminder_due', id)).toHaveLength(1);

    // The mark is no edit: the owner's version still holds, and a later reminder time arms it again.
    await ok(
      rep(
        `mutation ($id: ID!, $version: Int!, $input: UpdateActivityInput!) { updateActivity(id: $id, version: $version, input: $input) { id } }`,
        {
          id,
          version: scheduleActivity.version,
          input: { remindAt: day(2, '09:25:00.000') },
        },
      ),
    );
    await runJob(ACTIVITY_REMINDERS_JOB, day(2, '09:25:00.000'));
    expect((await written('crm.sales.activity.reminder_due', id)).map((e) => e.data)).toMatchObject([
      { remindAt },
      { remindAt: day(2, '09:25:00.000') },
    ]);
  });

  it('reminds of a renewal on its reminder day, then expires the contract the day after its end, once each', async () => {
    const { createContract } = await ok(
      rep<{ createContract: { id: string; version: number } }>(
        `mutation ($input: CreateContractInput!) { createContract(input: $input) { id version } }`,
        {
          input: {
            customerId,
            value: '1200.00',
            currency: 'EUR',
            startDate: addDays(today, -300),
            endDate: addDays(today, 20),
            renewalReminderDays: 10,
          },
        },
      ),
    );
    const id = createContract.id;
    let version = createContract.version;
    for (const to of ['SIGNED', 'ACTIVE'])
      version = (
        await ok(
          rep<{ moveContract: { version: number } }>(
            `mutation ($input: MoveContractInput!) { moveContract(input: $input) { version } }`,
            { input: { id, version, to } },
          ),
        )
      ).moveContract.version;

    await runJob(CONTRACT_RENEWAL_REMINDERS_JOB, day(9, LAST_MOMENT));
    expect(await written('crm.sales.contract.renewal_due', id)).toEqual([]);
    await runJob(CONTRACT_RENEWAL_REMINDERS_JOB, day(10));
    await runJob(CONTRACT_RENEWAL_REMINDERS_JOB, day(15));
    expect((await written('crm.sales.contract.renewal_due', id)).map((e) => e.data)).toEqual([
      expect.objectContaining({
        contractId: id,
        renewalDate: addDays(today, 20),
        renewalReminderOn: addDays(today, 10),
      }),
    ]);

    expect(await published('crm.sales.contract.renewal_due', id)).toHaveLength(1);

    await runJob(CONTRACT_EXPIRY_JOB, day(20, LAST_MOMENT));
    expect(await row('contracts', id)).toMatchObject({ status: 'ACTIVE', version });
    await runJob(CONTRACT_EXPIRY_JOB, day(21));
    await runJob(CONTRACT_EXPIRY_JOB, day(22));
    expect(await row('contracts', id)).toMatchObject({ status: 'EXPIRED', version: version + 1 });
    const [expired] = await published('crm.sales.contract.expired', id);
    expect(expired.data).toEqual({
      contractId: id,
      customerId,
      ownerId: repCaller.userId,
      endDate: addDays(today, 20),
      value: '1200.00',
      currency: 'EUR',
      expiredAt: day(21),
    });
    expect(await written('crm.sales.contract.expired', id)).toHaveLength(1);
    const contract = await ok(
      rep<{ contract: { status: string } }>(`query ($id: ID!) { contract(id: $id) { status } }`, { id }),
    );
    expect(contract.contract.status).toBe('EXPIRED');
  });

  it('expires an issued quote the day after its validity, once', async () => {
    const { createQuote } = await ok(
      rep<{ createQuote: { id: string } }>(
        `mutation ($input: CreateQuoteInput!) { createQuote(input: $input) { id } }`,
        {
          input: {
            customerId,
            currency: 'EUR',
            validUntil: addDays(today, 5),
            lines: [{ description: 'Pilot', quantity: 1, unitPrice: '990' }],
          },
        },
      ),
    );
    const id = createQuote.id;
    await ok(
      rep(`mutation ($input: QuoteDecisionInput!) { issueQuote(input: $input) { id } }`, {
        input: { id, version: 1 },
      }),
    );

    await runJob(QUOTE_EXPIRY_JOB, day(5, LAST_MOMENT));
    expect(await row('quotes', id)).toMatchObject({ status: 'ISSUED' });
    await runJob(QUOTE_EXPIRY_JOB, day(6));
    await runJob(QUOTE_EXPIRY_JOB, day(7));
    expect(await row('quotes', id)).toMatchObject({ status: 'EXPIRED' });
    const [expired] = await published('crm.sales.quote.expired', id);
    expect(expired.data).toMatchObject({
      quoteId: id,
      previousStatus: 'ISSUED',
      validUntil: addDays(today, 5),
      expiredAt: day(6),
    });
    expect(await written('crm.sales.quote.expired', id)).toHaveLength(1);
  });

  it('announces an unpaid order overdue the day after its due date, once, with two replicas ticking', async () => {
    const deal = await winDeal(rep, await openDeal(rep, customerId, { amount: '300', currency: 'EUR' }));
    const { placeOrder } = await ok(
      rep<{ placeOrder: { id: string } }>(
        `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`,
        {
          input: { opportunityId: deal.id, dueDate: addDays(today, 3) },
        },
      ),
    );
    const id = placeOrder.id;
    await runJob(ORDER_OVERDUE_JOB, day(3, LAST_MOMENT));
    expect(await written('crm.sales.order.overdue', id)).toEqual([]);

    const replica = await startSalesJobsReplica(platform, sales, clock);
    try {
      clock.set(day(4, '00:07:00.000'));
      const ticks = await Promise.all([sales.jobs.tick(), replica.tick(), replica.tick()]);
      const runIds = ticks.map((runs) => runs.find((run) => run.name === ORDER_OVERDUE_JOB)!.jobId);
      const slot = latestSlot(SALES_JOB_SCHEDULES.orderOverdue.cron, clock.now());
      expect(new Set(runIds)).toEqual(new Set([runIdOf(ORDER_OVERDUE_JOB, slot)]));
      await replica.waitForRun(ORDER_OVERDUE_JOB, runIds[0]);
      await runJob(ORDER_OVERDUE_JOB, day(5), replica);
    } finally {
      await replica.stop();
    }
    const [overdue] = await published('crm.sales.order.overdue', id);
    expect(overdue.data).toMatchObject({
      orderId: id,
      dueDate: addDays(today, 3),
      outstandingBalance: '300.00',
      overdueAt: day(4, '00:07:00.000'),
    });
    expect(await written('crm.sales.order.overdue', id)).toHaveLength(1);
  });

  it('runs a sweep that fell due while sales was down once, after the restart', async () => {
    const { createQuote } = await ok(
      rep<{ createQuote: { id: string } }>(
        `mutation ($input: CreateQuoteInput!) { createQuote(input: $input) { id } }`,
        {
          input: {
            customerId,
            currency: 'EUR',
            validUntil: addDays(today, 30),
            lines: [{ description: 'Draft', quantity: 1, unitPrice: '5' }],
          },
        },
      ),
    );
    clock.set(day(30, '12:00:00.000'));
    sales = await restartSales(platform, clock, () => clock.set(day(31, '06:20:00.000')));
    const slot = latestSlot(SALES_JOB_SCHEDULES.quoteExpiry.cron, clock.now());
    await sales.jobs.waitForRun(QUOTE_EXPIRY_JOB, runIdOf(QUOTE_EXPIRY_JOB, slot));

    expect(await row('quotes', createQuote.id)).toMatchObject({ status: 'EXPIRED' });
    const [expired] = await published('crm.sales.quote.expired', createQuote.id);
    expect(expired.data).toMatchObject({ previousStatus: 'DRAFT', expiredAt: day(31, '06:20:00.000') });
    expect(await written('crm.sales.quote.expired', createQuote.id)).toHaveLength(1);
  });
});
