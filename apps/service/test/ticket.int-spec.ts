import { randomUUID } from 'node:crypto';
import {
  DEMO_ADMIN,
  graphqlRequest,
  startPlatform,
  tokenFor,
  waitFor,
  type TestPlatform,
} from '@crm/testing';

const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const OPEN = `mutation ($input: OpenTicketInput!) {
  openTicket(input: $input) { id subject description priority status customer { id } version }
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
  version: number;
}
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
  const open = (input: Record<string, unknown>) =>
    graphqlRequest<{ openTicket: Ticket }>(platform.gatewayUrl, OPEN, { input }, agent);
  const ticketCount = async () =>
    Number((await platform.subgraphs.service.dataSource.query('SELECT count(*) AS n FROM tickets'))[0].n);

  beforeAll(async () => {
    platform = await startPlatform();
    admin = await tokenFor();
    agent = await tokenFor({ ...DEMO_ADMIN, userId: agentId, roles: ['SUPPORT_AGENT'] });
    const customer = await graphqlRequest<{ createCustomer: { id: string } }>(
      platform.gatewayUrl,
      CREATE_CUSTOMER,
      { input: { kind: 'COMPANY', name: 'Ticketed GmbH' } },
      admin,
    );
    expect(customer.errors).toBeUndefined();
    customerId = customer.data!.createCustomer.id;
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
      ]),
    );
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
});
