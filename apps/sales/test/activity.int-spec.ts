import { randomUUID } from 'node:crypto';
import { queryObserver } from '@crm/db';
import { parseEvent } from '@crm/events';
import {
  errorOf,
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
import { customerKnownToSales } from './support/sales-fixtures';
import { salesTeam } from './support/sales-team';

/** Issue 5 §5: calls, meetings and to-dos, the caller's agenda, reminders and overdue flags. */
const ACTIVITY_FIELDS = `id version type subject notes dueAt remindAt completedAt overdue reminderDue
  owner { id } customer { id } opportunity { id } lead { id }`;
const SCHEDULE = `mutation ($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { ${ACTIVITY_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateActivityInput!) {
  updateActivity(id: $id, version: $version, input: $input) { ${ACTIVITY_FIELDS} } }`;
const COMPLETE = `mutation ($id: ID!, $version: Int!) { completeActivity(id: $id, version: $version) { ${ACTIVITY_FIELDS} } }`;
const ACTIVITY = `query ($id: ID!) { activity(id: $id) { id } }`;
const AGENDA = `query ($from: DateTime!, $to: DateTime!, $includeCompleted: Boolean) {
  myAgenda(from: $from, to: $to, includeCompleted: $includeCompleted) { edges { node { id overdue reminderDue } } } }`;
const OF_CUSTOMER = `query ($id: ID!) { customer(id: $id) { activities { edges { node { id } } } } }`;
const OF_DEAL = `query ($id: ID!) { opportunity(id: $id) { activities { edges { node { id } } } } }`;
const CREATE_DEAL = `mutation ($customerId: ID!) {
  createOpportunity(input: { customerId: $customerId, name: "Agenda deal", amount: "1", currency: "EUR" }) { id } }`;

interface Activity {
  id: string;
  version: number;
  overdue: boolean;
  reminderDue: boolean;
  completedAt: string | null;
}

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

describe('activities and the agenda through the gateway', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  const { repA: rep, repB: otherRep, manager } = salesTeam();
  let asRep: Send;
  let asOtherRep: Send;
  let asManager: Send;
  let customerId: string;
  let dealId: string;

  const schedule = async (input: Record<string, unknown>, as: Send = asRep) =>
    (
      await ok(
        as<{ scheduleActivity: Activity }>(SCHEDULE, {
          input: { type: 'CALL', subject: 'Check in', customerId, ...input },
        }),
      )
    ).scheduleActivity;

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start(['crm.sales.activity.v1']);
    asRep = sender(platform.gatewayUrl, await tokenFor(rep));
    asOtherRep = sender(platform.gatewayUrl, await tokenFor(otherRep));
    asManager = sender(platform.gatewayUrl, await tokenFor(manager));
    customerId = await customerKnownToSales(platform, asRep, rep.userId);
    dealId = (await ok(asRep<{ createOpportunity: { id: string } }>(CREATE_DEAL, { customerId })))
      .createOpportunity.id;
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('schedules, flags, updates and completes, publishing scheduled and completed', async () => {
    const late = await schedule({
      type: 'TODO',
      subject: 'Send the proposal',
      dueAt: hoursFromNow(-2),
      remindAt: hoursFromNow(-3),
    });
    expect(late).toMatchObject({
      type: 'TODO',
      overdue: true,
      reminderDue: true,
      completedAt: null,
      owner: { id: rep.userId },
      customer: { id: customerId },
      opportunity: null,
      lead: null,
    });
    const meeting = await schedule({
      type: 'MEETING',
      dueAt: hoursFromNow(5),
      remindAt: hoursFromNow(4),
      opportunityId: dealId,
      customerId: null,
    });
    expect(meeting).toMatchObject({
      overdue: false,
      reminderDue: false,
      opportunity: { id: dealId },
      customer: null,
    });

    const moved = (
      await ok(
        asRep<{ updateActivity: Activity }>(UPDATE, {
          id: late.id,
          version: 1,
          input: { notes: 'Draft v2', dueAt: hoursFromNow(1) },
        }),
      )
    ).updateActivity;
    expect(moved).toMatchObject({ version: 2, overdue: false, reminderDue: true, notes: 'Draft v2' });
    expect(
      errorOf(await asRep(UPDATE, { id: late.id, version: 1, input: { subject: 'Stale' } })),
    ).toMatchObject({ code: 'CONFLICT' });

    const done = (await ok(asRep<{ completeActivity: Activity }>(COMPLETE, { id: late.id, version: 2 })))
      .completeActivity;
    expect(done).toMatchObject({ version: 3, overdue: false, reminderDue: false });
    expect(done.completedAt).not.toBeNull();
    expect(errorOf(await asRep(COMPLETE, { id: late.id, version: 3 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });

    const events = await waitFor(() => {
      const seen = probe.messages
        .filter((message) => message.key === late.id)
        .map((message) => parseEvent(message.value));
      if (seen.length < 2) throw new Error('waiting for the activity events');
      return seen;
    });
    expect(events.map((event) => event.type)).toEqual([
      'crm.sales.activity.scheduled',
      'crm.sales.activity.completed',
    ]);
    expect(events[0].data).toMatchObject({
      activityId: late.id,
      type: 'TODO',
      customerId,
      ownerId: rep.userId,
    });
    expect(events[1].data).toMatchObject({ activityId: late.id, late: false });
  });

  it('lists the caller’s agenda soonest first, completed ones on request', async () => {
    const agendaRep = person(['SALES_REP']);
    const asAgendaRep = sender(platform.gatewayUrl, await tokenFor(agendaRep));
    const own = await customerKnownToSales(platform, asAgendaRep, agendaRep.userId);
    const at = (hours: number, input: Record<string, unknown> = {}) =>
      schedule({ customerId: own, dueAt: hoursFromNow(hours), ...input }, asAgendaRep);
    const overdue = await at(-1);
    const soon = await at(2, { remindAt: hoursFromNow(-0.5) });
    const later = await at(30);
    const outside = await at(24 * 10);
    const completed = await at(3);
    await ok(asAgendaRep(COMPLETE, { id: completed.id, version: 1 }));
    await schedule({ dueAt: hoursFromNow(1) }); // the other rep's, never in this agenda

    const agenda = async (includeCompleted: boolean) =>
      (
        await ok(
          asAgendaRep<{
            myAgenda: { edges: { node: { id: string; overdue: boolean; reminderDue: boolean } }[] };
          }>(AGENDA, {
            from: hoursFromNow(-24),
            to: hoursFromNow(48),
            includeCompleted,
          }),
        )
      ).myAgenda.edges.map((edge) => edge.node);
    expect(await agenda(false)).toEqual([
      { id: overdue.id, overdue: true, reminderDue: false },
      { id: soon.id, overdue: false, reminderDue: true },
      { id: later.id, overdue: false, reminderDue: false },
    ]);
    expect((await agenda(true)).map((node) => node.id)).toEqual([
      overdue.id,
      soon.id,
      completed.id,
      later.id,
    ]);
    expect((await agenda(true)).map((node) => node.id)).not.toContain(outside.id);
    const tooLong = await asAgendaRep(AGENDA, { from: hoursFromNow(0), to: hoursFromNow(24 * 100) });
    expect(errorOf(tooLong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('shows a customer’s and a deal’s activities to the owner and their manager only', async () => {
    const onCustomer = await schedule({ subject: 'Customer call', dueAt: hoursFromNow(6) });
    const onDeal = await schedule({
      subject: 'Deal call',
      dueAt: hoursFromNow(6),
      customerId: null,
      opportunityId: dealId,
    });
    const idsOf = (data: unknown, key: 'customer' | 'opportunity') =>
      (data as Record<string, { activities: { edges: { node: { id: string } }[] } }>)[
        key
      ].activities.edges.map((edge) => edge.node.id);
    for (const as of [asRep, asManager]) {
      expect(idsOf(await ok(as(OF_CUSTOMER, { id: customerId })), 'customer')).toContain(onCustomer.id);
      expect(idsOf(await ok(as(OF_DEAL, { id: dealId })), 'opportunity')).toContain(onDeal.id);
    }
    expect(errorOf(await asOtherRep(ACTIVITY, { id: onCustomer.id }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await asOtherRep(COMPLETE, { id: onCustomer.id, version: 1 }))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('loads the activities of a whole customer list with one SQL query', async () => {
    const batchRep = person(['SALES_REP']);
    const asBatchRep = sender(platform.gatewayUrl, await tokenFor(batchRep));
    const customers = [];
    for (let i = 0; i < 3; i++)
      customers.push(await customerKnownToSales(platform, asBatchRep, batchRep.userId));
    for (const id of customers) await schedule({ customerId: id, dueAt: hoursFromNow(1) }, asBatchRep);
    const statements: string[] = [];
    const record = (schema: string, sql: string) =>
      schema === 'sales' && /activities/.test(sql) && statements.push(sql);
    queryObserver.on('query', record);
    const { customers: page } = await ok(
      asBatchRep<{ customers: { edges: { node: { activities: { edges: unknown[] } } }[] } }>(
        `{ customers(first: 10) { edges { node { activities(first: 5) { edges { node { id } } } } } } }`,
      ),
    );
    queryObserver.off('query', record);
    expect(page.edges.map((edge) => edge.node.activities.edges.length)).toEqual([1, 1, 1]);
    expect(statements).toHaveLength(1);
  });

  it.each([
    [{ opportunityId: randomUUID() }, 'input.opportunityId', 'BAD_USER_INPUT'],
    [{ customerId: null }, 'input.customerId', 'BAD_USER_INPUT'],
    [{ remindAt: hoursFromNow(2), dueAt: hoursFromNow(1) }, 'input.remindAt', 'BAD_USER_INPUT'],
    [{ customerId: null, opportunityId: randomUUID() }, 'input.opportunityId', 'NOT_FOUND'],
  ])('refuses %j on %s and writes nothing', async (change, field, code) => {
    const before = await platform.subgraphs.sales.dataSource.query('SELECT count(*) AS n FROM activities');
    const response = await asRep(SCHEDULE, {
      input: { type: 'CALL', subject: 'Bad', customerId, dueAt: hoursFromNow(1), ...change },
    });
    expect(errorOf(response)).toMatchObject({ code, field });
    expect(await platform.subgraphs.sales.dataSource.query('SELECT count(*) AS n FROM activities')).toEqual(
      before,
    );
  });

  it('links an activity to a lead the caller owns, and hides it from other reps', async () => {
    const { createLead } = await ok(
      asRep<{ createLead: { id: string } }>(
        `mutation { createLead(input: { firstName: "Jane", lastName: "Doe", source: MANUAL }) { id } }`,
      ),
    );
    const call = await schedule({
      subject: 'Qualify Jane',
      dueAt: hoursFromNow(3),
      customerId: null,
      leadId: createLead.id,
    });
    expect(call).toMatchObject({ lead: { id: createLead.id }, customer: null, opportunity: null });
    const poaching = await asOtherRep(SCHEDULE, {
      input: { type: 'CALL', subject: 'Poaching', leadId: createLead.id, dueAt: hoursFromNow(1) },
    });
    expect(errorOf(poaching)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses an activity on another rep’s deal', async () => {
    const response = await asOtherRep(SCHEDULE, {
      input: { type: 'CALL', subject: 'Poaching', opportunityId: dealId, dueAt: hoursFromNow(1) },
    });
    expect(errorOf(response)).toMatchObject({ code: 'FORBIDDEN' });
  });
});
