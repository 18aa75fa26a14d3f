import { randomUUID } from 'node:crypto';
import { buildEvent } from '@crm/events';
import { appendToOutbox } from '@crm/messaging';
import {
  DEMO_ADMIN,
  graphqlRequest,
  startPlatform,
  tokenFor,
  waitFor,
  type TestPlatform,
} from '@crm/platform-testing';

const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const OPEN = `mutation ($input: OpenTicketInput!) {
  openTicket(input: $input) { id subject description priority status customer { id } queue { id } version }
}`;
const GET = `query ($id: ID!) { ticket(id: $id) { id subject customer { id } } }`;
const TICKETS_OF = `query ($id: ID!) { customer(id: $id) { tickets { edges { node { id subject } } } } }`;
const TRAIL = `query ($id: ID!) {
  auditTrail(entityType: "Ticket", entityId: $id) {
    edges { node { action actor { id } changes { field before after } } }
  }
}`;

interface Ticket {
  id: string;
  subject: string;
  description: string | null;
  priority: string;
  status: string;
  customer: { id: string };
  queue: { id: string } | null;
  version: number;
}
type TicketsOf = { customer: { tickets: { edges: { node: { id: string } }[] } } };
type Trail = {
  auditTrail: {
    edges: {
      node: { action: string; actor: { id: string }; changes: { field: string; after: string | null }[] };
    }[];
  };
};

describe('tickets through the gateway', () => {
  let platform: TestPlatform;
  let admin: string;
  let agent: string;
  let customerId: string;
  const agentId = randomUUID();
  /** Two support teams, i.e. two queues; `agent` works the first. */
  let firstLine: string;
  let billing: string;
  const open = (input: Record<string, unknown>, token = agent) =>
    graphqlRequest<{ openTicket: Ticket }>(platform.gatewayUrl, OPEN, { input }, token);
  const createCustomer = async (name: string) => {
    const response = await graphqlRequest<{ createCustomer: { id: string } }>(
      platform.gatewayUrl,
      CREATE_CUSTOMER,
      { input: { kind: 'COMPANY', name } },
      admin,
    );
    expect(response.errors).toBeUndefined();
    const id = response.data!.createCustomer.id;
    await knownToService('known_customers', id);
    return id;
  };
  /** The service learns customers and teams from their events; a ticket may reference them then. */
  const knownToService = (table: string, id: string) =>
    waitFor(async () => {
      const rows = await platform.subgraphs.service.dataSource.query(
        `SELECT id FROM ${table} WHERE id = $1`,
        [id],
      );
      expect(rows).toHaveLength(1);
    });
  /** A support team made in identity, with a lead to manage it; its team.created reaches the service. */
  const createTeam = async (name: string) => {
    const send = async <T>(query: string, variables: Record<string, unknown>) => {
      const response = await graphqlRequest<T>(platform.gatewayUrl, query, variables, admin);
      expect(response.errors).toBeUndefined();
      return response.data!;
    };
    const { createUser } = await send<{ createUser: { id: string } }>(
      `mutation ($email: String!) { createUser(input: { name: "Support lead", email: $email, roles: ["SUPPORT_MANAGER"] }) { id } }`,
      { email: `lead-${randomUUID()}@example.com` },
    );
    const { createTeam: team } = await send<{ createTeam: { id: string } }>(
      `mutation ($name: String!, $managerId: ID!) { createTeam(input: { name: $name, managerId: $managerId }) { id } }`,
      { name: `${name} ${randomUUID()}`, managerId: createUser.id },
    );
    await knownToService('known_teams', team.id);
    return team.id;
  };
  const ticketCount = async () =>
    Number((await platform.subgraphs.service.dataSource.query('SELECT count(*) AS n FROM tickets'))[0].n);

  beforeAll(async () => {
    platform = await startPlatform();
    admin = await tokenFor();
    firstLine = await createTeam('First line');
    billing = await createTeam('Billing');
    agent = await tokenFor({ ...DEMO_ADMIN, userId: agentId, roles: ['SUPPORT_AGENT'], teamId: firstLine });
    customerId = await createCustomer('Ticketed GmbH');
  });
  afterAll(() => platform?.stop());

  it('opens a ticket in status NEW, readable by id and through Customer.tickets', async () => {
    const opened = await open({ customerId, subject: '  Printer on fire ', description: '' });
    expect(opened.errors).toBeUndefined();
    const ticket = opened.data!.openTicket;
    expect(ticket).toMatchObject({
      subject: 'Printer on fire',
      description: null,
      priority: 'NORMAL',
      status: 'NEW',
      customer: { id: customerId },
      queue: { id: firstLine },
      version: 1,
    });

    const read = await graphqlRequest(platform.gatewayUrl, GET, { id: ticket.id }, agent);
    expect(read).toEqual({
      data: { ticket: { id: ticket.id, subject: 'Printer on fire', customer: { id: customerId } } },
    });
    const listed = await graphqlRequest(platform.gatewayUrl, TICKETS_OF, { id: customerId }, admin);
    expect(listed.errors).toBeUndefined();
    expect(listed.data).toEqual({
      customer: { tickets: { edges: [{ node: { id: ticket.id, subject: 'Printer on fire' } }] } },
    });
  });

  it('reports bad input with its field path', async () => {
    const noSubject = await open({ customerId, subject: '   ' });
    expect(noSubject.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.subject',
    });
    const badCustomer = await open({ customerId: 'not-an-id', subject: 'Help' });
    expect(badCustomer.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.customerId',
    });
    const unknown = await graphqlRequest(platform.gatewayUrl, GET, { id: randomUUID() }, agent);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('records who opened the ticket and what it holds in the audit trail', async () => {
    const ticket = (await open({ customerId, subject: 'Audited', priority: 'HIGH' })).data!.openTicket;
    const entry = await waitFor(async () => {
      const response = await graphqlRequest<Trail>(platform.gatewayUrl, TRAIL, { id: ticket.id }, admin);
      expect(response.data?.auditTrail.edges).toHaveLength(1);
      return response.data!.auditTrail.edges[0].node;
    });
    expect(entry.action).toBe('openTicket');
    expect(entry.actor.id).toBe(agentId);
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: 'subject', before: null, after: '"Audited"' },
        { field: 'priority', before: null, after: '"HIGH"' },
        { field: 'status', before: null, after: '"NEW"' },
        { field: 'queueId', before: null, after: JSON.stringify(firstLine) },
      ]),
    );
  });

  it('keeps no text of an erased customer’s tickets, in the service or in the audit trail', async () => {
    const erasable = await createCustomer('Erasable AG');
    const ticket = (
      await open({ customerId: erasable, subject: 'Jane Doe cannot print', description: 'Call Jane' })
    ).data!.openTicket;
    const trailOf = async () =>
      (await graphqlRequest<Trail>(platform.gatewayUrl, TRAIL, { id: ticket.id }, admin)).data!.auditTrail
        .edges;
    await waitFor(async () => expect(await trailOf()).toHaveLength(1));
    const erased = await graphqlRequest(
      platform.gatewayUrl,
      `mutation ($id: ID!) { eraseCustomer(id: $id) { id } }`,
      { id: erasable },
      admin,
    );
    expect(erased.errors).toBeUndefined();
    // The service erases the ticket's text and says so in the trail, without the text.
    const trail = await waitFor(async () => {
      const edges = await trailOf();
      expect(edges.map((edge) => edge.node.action)).toEqual(['eraseTicketText', 'openTicket']);
      return edges;
    });
    expect(JSON.stringify(trail)).not.toMatch(/Jane/);
    // An entry about the ticket that reaches analytics after the erasure keeps no values either.
    const late = buildEvent('crm.service.audit.recorded', {
      subject: ticket.id,
      actor: 'system',
      data: {
        entityType: 'Ticket',
        entityId: ticket.id,
        action: 'lateCorrection',
        actorId: 'system',
        changes: [{ field: 'description', before: null, after: '"Jane called back"' }],
        occurredAt: new Date().toISOString(),
      },
    });
    await platform.subgraphs.service.dataSource.transaction((manager) => appendToOutbox(manager, [late]));
    const lateEntry = await waitFor(async () => {
      const found = (await trailOf()).find((edge) => edge.node.action === 'lateCorrection');
      if (!found) throw new Error('late audit entry not in analytics yet');
      return found.node;
    });
    expect(lateEntry.changes).toEqual([{ field: 'description', before: null, after: '"[erased]"' }]);
    const refused = await open({ customerId: erasable, subject: 'Again' });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it('opens once per idempotency key and refuses the key with other input', async () => {
    const input = { customerId, subject: 'Retried', idempotencyKey: randomUUID() };
    const before = await ticketCount();
    const first = await open(input);
    const retry = await open(input);
    expect(first.errors).toBeUndefined();
    expect(retry.data?.openTicket.id).toBe(first.data?.openTicket.id);
    expect(await ticketCount()).toBe(before + 1);

    const changed = await open({ ...input, subject: 'Something else' });
    expect(changed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.idempotencyKey',
    });
    expect(await ticketCount()).toBe(before + 1);
  });

  describe('queues', () => {
    let billingAgent: string;
    let manager: string;
    let queuedCustomerId: string;
    let firstLineTicket: string;
    let billingTicket: string;

    const read = (id: string, token: string) =>
      graphqlRequest<{ ticket: { id: string } | null }>(platform.gatewayUrl, GET, { id }, token);
    const listed = async (token: string) => {
      const response = await graphqlRequest<TicketsOf>(
        platform.gatewayUrl,
        TICKETS_OF,
        { id: queuedCustomerId },
        token,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.customer.tickets.edges.map((edge) => edge.node.id).sort();
    };

    beforeAll(async () => {
      const support = { ...DEMO_ADMIN, managedUserIds: [] };
      billingAgent = await tokenFor({
        ...support,
        userId: randomUUID(),
        roles: ['SUPPORT_AGENT'],
        teamId: billing,
      });
      manager = await tokenFor({
        ...support,
        userId: randomUUID(),
        roles: ['SUPPORT_MANAGER'],
        teamId: null,
      });
      queuedCustomerId = await createCustomer('Queued AG');
      const first = await open({ customerId: queuedCustomerId, subject: 'First line' });
      const second = await open(
        { customerId: queuedCustomerId, subject: 'Billing', queueId: billing },
        billingAgent,
      );
      expect([first.errors, second.errors]).toEqual([undefined, undefined]);
      expect(second.data!.openTicket.queue).toEqual({ id: billing });
      firstLineTicket = first.data!.openTicket.id;
      billingTicket = second.data!.openTicket.id;
    });

    it('shows each agent only the tickets of their queue, by id', async () => {
      expect((await read(firstLineTicket, agent)).data?.ticket?.id).toBe(firstLineTicket);
      expect((await read(billingTicket, billingAgent)).data?.ticket?.id).toBe(billingTicket);
      for (const [id, token] of [
        [billingTicket, agent],
        [firstLineTicket, billingAgent],
      ]) {
        const refused = await read(id, token);
        expect(refused.data?.ticket ?? null).toBeNull();
        expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      }
    });

    it('lists each agent only their queue’s tickets through Customer.tickets; a manager sees both', async () => {
      expect(await listed(agent)).toEqual([firstLineTicket]);
      expect(await listed(billingAgent)).toEqual([billingTicket]);
      expect(await listed(manager)).toEqual([firstLineTicket, billingTicket].sort());
      expect((await read(billingTicket, manager)).data?.ticket?.id).toBe(billingTicket);
    });

    it('refuses an agent another queue, and an agent without a team any ticket', async () => {
      const elsewhere = await open({
        customerId: queuedCustomerId,
        subject: 'Wrong queue',
        queueId: billing,
      });
      expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
      const loner = await tokenFor({
        ...DEMO_ADMIN,
        userId: randomUUID(),
        roles: ['SUPPORT_AGENT'],
        teamId: null,
      });
      const teamless = await open({ customerId: queuedCustomerId, subject: 'No team' }, loner);
      expect(teamless.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect(teamless.errors?.[0].message).toMatch(/join a support team/);
      expect(await listed(manager)).toHaveLength(2);
    });
  });
});
