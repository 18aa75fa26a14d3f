import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { buildEvent, SYSTEM_ACTOR } from '@crm/events';
import {
  DEMO_ADMIN,
  EventPublisher,
  graphqlRequest,
  startPlatform,
  tokenFor,
  waitFor,
  type TestPlatform,
} from '@crm/platform-testing';
import { scopeOfJob } from '@crm/subgraph-kit';
import { addComment } from '../src/changes/ticket.changes';
import { ticketListOrder, ticketListQuery, type TicketListFilter } from '../src/data/ticket-list.repository';
import { createCustomer, createSupportDesk, type SupportDesk } from './support/support-desk';

const OPEN = `mutation ($input: OpenTicketInput!) { openTicket(input: $input) { id assignee { id } } }`;
const LIST = `query ($filter: TicketFilter, $orderBy: TicketOrder, $first: Int, $after: String) {
  tickets(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    edges { node { id subject } } pageInfo { hasNextPage endCursor }
  }
}`;
const MINE = `query ($status: TicketStatus) { myTickets(status: $status) { edges { node { id } } } }`;
const QUEUES = `query { queues { id name openCount unassignedCount counts { status count } agents { id } } }`;

type Page = {
  tickets: {
    edges: { node: { id: string; subject: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};

/** The index names of a plan (EXPLAIN FORMAT JSON), walking every node. */
function indexesOf(plan: Record<string, unknown>): string[] {
  const own = typeof plan['Index Name'] === 'string' ? [plan['Index Name']] : [];
  const children = (plan.Plans as Record<string, unknown>[] | undefined) ?? [];
  return [...own, ...children.flatMap(indexesOf)];
}

/** One page of the list as it runs, with sequential scans priced out: "can an index serve it" (the bench has 1 M rows). */
async function listPlanIndexes(dataSource: DataSource, filter: TicketListFilter): Promise<string[]> {
  const order = ticketListOrder('NEWEST_FIRST');
  const query = ticketListQuery(dataSource, filter);
  order.columns.forEach((column) => query.addOrderBy(column, order.direction));
  const [sql, parameters] = query.limit(21).getQueryAndParameters();
  return dataSource.transaction(async (manager) => {
    await manager.query('SET LOCAL enable_seqscan = off');
    const [{ 'QUERY PLAN': plan }] = await manager.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
    return indexesOf(plan[0].Plan);
  });
}

describe('ticket lists, queue views and the service’s user directory', () => {
  let platform: TestPlatform;
  let admin: string;
  let desk: SupportDesk;
  let otherDesk: SupportDesk;
  let customerId: string;
  const ids: Record<string, string> = {};
  const send = <T>(query: string, variables: Record<string, unknown>, token: string) =>
    graphqlRequest<T>(platform.gatewayUrl, query, variables, token);
  const subjects = async (variables: Record<string, unknown>, token = desk.manager) => {
    const response = await send<Page>(LIST, { first: 50, ...variables }, token);
    expect(response.errors).toBeUndefined();
    return response.data!.tickets.edges.map((edge) => edge.node.subject);
  };
  const mine = (filter: Record<string, unknown>) => ({ filter: { customerId, ...filter } });

  beforeAll(async () => {
    platform = await startPlatform();
    admin = await tokenFor();
    desk = await createSupportDesk(platform, admin, 1);
    otherDesk = await createSupportDesk(platform, admin, 1);
    customerId = await createCustomer(platform, admin, 'Listed AG');
    const opened = [
      ['Question', { category: 'QUESTION', priority: 'LOW' }],
      ['Incident', { category: 'INCIDENT', priority: 'URGENT' }],
      ['Complaint', { category: 'COMPLAINT', severity: 'MINOR', priority: 'HIGH' }],
    ] as const;
    for (const [subject, fields] of opened) {
      const response = await send<{ openTicket: { id: string } }>(
        OPEN,
        { input: { customerId, queueId: desk.queueId, subject, ...fields } },
        desk.manager,
      );
      expect(response.errors).toBeUndefined();
      ids[subject] = response.data!.openTicket.id;
    }
    const elsewhere = await send<{ openTicket: { id: string } }>(
      OPEN,
      { input: { customerId, queueId: otherDesk.queueId, subject: 'Elsewhere' } },
      otherDesk.manager,
    );
    ids.Elsewhere = elsewhere.data!.openTicket.id;
    await send(
      `mutation ($input: AssignTicketInput!) { assignTicket(input: $input) { id } }`,
      { input: { ticketId: ids.Incident, assigneeId: desk.agents[0].id } },
      desk.manager,
    );
  });
  afterAll(() => platform?.stop());

  it('filters by queue, status, assignee, priority, category, customer and creation period', async () => {
    expect(await subjects(mine({}))).toEqual(['Elsewhere', 'Complaint', 'Incident', 'Question']);
    expect(await subjects(mine({ queueId: desk.queueId }))).toEqual(['Complaint', 'Incident', 'Question']);
    expect(await subjects(mine({ status: 'ASSIGNED' }))).toEqual(['Incident']);
    expect(await subjects(mine({ assigneeId: desk.agents[0].id }))).toEqual(['Incident']);
    expect(await subjects(mine({ priority: 'HIGH' }))).toEqual(['Complaint']);
    expect(await subjects(mine({ category: 'COMPLAINT' }))).toEqual(['Complaint']);
    expect(await subjects(mine({ createdFrom: new Date(Date.now() + 60_000).toISOString() }))).toEqual([]);
    expect(await subjects(mine({ createdTo: new Date(Date.now() + 60_000).toISOString() }))).toHaveLength(4);
    expect(await subjects({ ...mine({}), orderBy: 'OLDEST_FIRST' })).toEqual([
      'Question',
      'Incident',
      'Complaint',
      'Elsewhere',
    ]);
  });

  it('pages with a cursor and refuses bad filters by field', async () => {
    const first = await send<Page>(LIST, { ...mine({}), first: 2 }, desk.manager);
    expect(first.data!.tickets.pageInfo.hasNextPage).toBe(true);
    const rest = await subjects({ ...mine({}), after: first.data!.tickets.pageInfo.endCursor });
    expect(rest).toEqual(['Incident', 'Question']);
    const bad = await send(LIST, { filter: { assigneeId: 'alex' } }, desk.manager);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.assigneeId' });
  });

  it('shows an agent only their team’s queue, and their own tickets in myTickets', async () => {
    const agent = desk.agents[0].token;
    expect(await subjects(mine({}), agent)).toEqual(['Complaint', 'Incident', 'Question']);
    expect(await subjects(mine({ queueId: otherDesk.queueId }), agent)).toEqual([]);
    const myTickets = await send<{ myTickets: { edges: { node: { id: string } }[] } }>(MINE, {}, agent);
    expect(myTickets.data!.myTickets.edges.map((edge) => edge.node.id)).toEqual([ids.Incident]);
  });

  it('counts each queue’s tickets per status; agents see their queue only', async () => {
    type Queues = {
      queues: {
        id: string;
        openCount: number;
        unassignedCount: number;
        counts: { status: string; count: number }[];
        agents: { id: string }[];
      }[];
    };
    const response = await send<Queues>(QUEUES, {}, desk.agents[0].token);
    expect(response.errors).toBeUndefined();
    expect(response.data!.queues).toHaveLength(1);
    const [queue] = response.data!.queues;
    expect(queue).toMatchObject({
      id: desk.queueId,
      openCount: 3,
      unassignedCount: 2,
      agents: [{ id: desk.agents[0].id }],
    });
    expect(Object.fromEntries(queue.counts.map(({ status, count }) => [status, count]))).toEqual({
      NEW: 2,
      ASSIGNED: 1,
      IN_PROGRESS: 0,
      WAITING_ON_CUSTOMER: 0,
      RESOLVED: 0,
      CLOSED: 0,
      ARCHIVED: 0,
    });
    const all = await send<Queues>(QUEUES, {}, desk.manager);
    expect(all.data!.queues.map((view) => view.id)).toEqual(
      expect.arrayContaining([desk.queueId, otherDesk.queueId]),
    );
  });

  it.each([
    [{ queueIds: [randomUUID()] }, /^tickets_queue_(status_)?created_at$/],
    [{ queueIds: null, status: 'NEW' }, /^tickets_status_created_at$/],
    [{ queueIds: null, assigneeId: randomUUID() }, /^tickets_assignee_created_at$/],
    [{ queueIds: null, priority: 'HIGH' }, /^tickets_priority_created_at$/],
    [{ queueIds: null, category: 'COMPLAINT' }, /^tickets_category_created_at$/],
    [{ queueIds: null, customerId: randomUUID() }, /^tickets_customer_created_at$/],
    [{ queueIds: null, createdFrom: new Date('2026-01-01') }, /^tickets_created_at$/],
    [{ queueIds: null, overdueAt: new Date('2026-01-01') }, /^tickets_sla_due_at$/],
  ] as [TicketListFilter, RegExp][])('serves filter %j from an index (EXPLAIN)', async (filter, index) => {
    const indexes = await listPlanIndexes(platform.subgraphs.service.dataSource, filter);
    expect(indexes.some((name) => index.test(name))).toBe(true);
  });

  it('builds known_users from identity’s events in any order, applied twice', async () => {
    const publisher = await EventPublisher.start();
    const userId = randomUUID();
    const [teamA, teamB] = [randomUUID(), randomUUID()];
    const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 10, minutes)).toISOString();
    const event = <T extends Parameters<typeof buildEvent>[0]>(
      type: T,
      data: Parameters<typeof buildEvent<T>>[1]['data'],
    ) =>
      buildEvent(type, { subject: userId, actor: DEMO_ADMIN.userId, data } as Parameters<
        typeof buildEvent<T>
      >[1]);
    const created = event('crm.identity.user.created', {
      userId,
      name: 'Ann',
      email: 'ann@example.com',
      roles: ['SUPPORT_AGENT'],
      teamId: teamA,
      createdAt: at(0),
    });
    const moved = event('crm.identity.user.team_assigned', { userId, teamId: teamB, assignedAt: at(5) });
    const promoted = event('crm.identity.user.roles_changed', {
      userId,
      roles: ['SUPPORT_MANAGER'],
      changedAt: at(6),
    });
    const left = event('crm.identity.user.deactivated', { userId, deactivatedAt: at(9) });
    try {
      // Newest first, then again: the older creation must not undo the later team and roles.
      await publisher.publish(left, promoted, moved, created, moved, created);
      const row = await waitFor(async () => {
        const [found] = await platform.subgraphs.service.dataSource.query(
          'SELECT name, team_id, roles, deactivated_at FROM known_users WHERE id = $1',
          [userId],
        );
        if (!found?.name) throw new Error('user not projected yet');
        return found;
      });
      expect(row).toEqual({
        name: 'Ann',
        team_id: teamB,
        roles: ['SUPPORT_MANAGER'],
        deactivated_at: new Date(at(9)),
      });
    } finally {
      await publisher.stop();
    }
  });

  it('erases the customer’s messages and every address on an erased customer’s tickets', async () => {
    const erasable = await createCustomer(platform, admin, 'Erased Ltd');
    const opened = await send<{ openTicket: { id: string } }>(
      OPEN,
      {
        input: {
          customerId: erasable,
          queueId: desk.queueId,
          subject: 'Jane again',
          requesterEmail: 'jane@example.com',
          requesterName: 'Jane',
        },
      },
      desk.manager,
    );
    const ticketId = opened.data!.openTicket.id;
    await send(
      `mutation ($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }`,
      { input: { ticketId, body: 'Hello' } },
      desk.manager,
    );
    await addComment(
      scopeOfJob('service', platform.subgraphs.service.dataSource, {
        actor: SYSTEM_ACTOR,
        correlationId: randomUUID(),
      }),
      {
        ticketId,
        visibility: 'PUBLIC',
        authorKind: 'CUSTOMER',
        authorUserId: null,
        authorEmail: 'jane@example.com',
        authorName: 'Jane',
        body: 'My address is 1 Main St',
      },
    );
    const erased = await send(
      `mutation ($id: ID!) { eraseCustomer(id: $id) { id } }`,
      { id: erasable },
      admin,
    );
    expect(erased.errors).toBeUndefined();
    const sql = (query: string) => platform.subgraphs.service.dataSource.query(query, [ticketId]);
    await waitFor(async () => {
      const [ticket] = await sql(
        'SELECT subject, requester_email, requester_name FROM tickets WHERE id = $1',
      );
      expect(ticket).toEqual({ subject: '[erased]', requester_email: null, requester_name: null });
    });
    const comments = await sql(
      'SELECT author_kind, body, author_email, author_name FROM ticket_comments WHERE ticket_id = $1 ORDER BY created_at',
    );
    expect(comments).toEqual([
      { author_kind: 'AGENT', body: 'Hello', author_email: null, author_name: null },
      { author_kind: 'CUSTOMER', body: '[erased]', author_email: null, author_name: null },
    ]);
  });
});
