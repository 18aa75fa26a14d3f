import type { Caller } from '@crm/auth';
import type { RequestContext } from '@crm/subgraph-kit';
import { Ticket } from '../../data/ticket.entity';
import type { ServiceLoaders } from '../../service-loaders';
import { customerResolvers } from '../customer.resolvers';
import { ticketResolvers } from '../ticket.resolvers';

const FIRST_LINE = '0194c1d0-0000-7000-8000-0000000000f1';
const BILLING = '0194c1d0-0000-7000-8000-0000000000f2';
const CUSTOMER = '0194c1d0-0000-7000-8000-0000000000c1';

const ticket = Object.assign(new Ticket(), {
  id: '0194c1d0-0000-7000-8000-0000000000e1',
  customerId: CUSTOMER,
  queueId: FIRST_LINE,
});

const agentOf = (teamId: string | null): Partial<Caller> => ({ roles: ['SUPPORT_AGENT'], teamId });

function contextOf(caller: Partial<Caller>, loads: jest.Mock = jest.fn()): RequestContext<ServiceLoaders> {
  const loaders = {
    ticketById: { load: async () => ticket },
    ticketsOfCustomer: { load: loads },
  } as unknown as ServiceLoaders;
  return {
    service: 'service',
    caller: {
      userId: '0194c1d0-0000-7000-8000-00000000000a',
      roles: [],
      teamId: null,
      managedUserIds: [],
      ...caller,
    },
    loaders,
    // openTicket must refuse before it touches the database.
    dataSource: undefined as never,
    correlationId: 'test',
  };
}

type Resolver = (...args: unknown[]) => Promise<unknown>;
const field = (map: unknown, name: string) => (map as Record<string, unknown>)[name] as Resolver;
const resolveReference = field(ticketResolvers.Ticket, '__resolveReference');
const ticketQuery = field(ticketResolvers.Query, 'ticket');
const openTicket = field(ticketResolvers.Mutation, 'openTicket');
const ticketsOfCustomer = field(customerResolvers.Customer, 'tickets');

describe('ticket(id)', () => {
  it('serves an agent the tickets of their queue and a support manager every queue', async () => {
    await expect(ticketQuery({}, { id: ticket.id }, contextOf(agentOf(FIRST_LINE)))).resolves.toBe(ticket);
    const manager = contextOf({ roles: ['SUPPORT_MANAGER'] });
    await expect(ticketQuery({}, { id: ticket.id }, manager)).resolves.toBe(ticket);
  });

  it.each([BILLING, null])('refuses an agent whose team is %s with FORBIDDEN', async (teamId) => {
    await expect(ticketQuery({}, { id: ticket.id }, contextOf(agentOf(teamId)))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('Ticket.__resolveReference', () => {
  it('resolves a ticket of the agent’s queue, and of another queue to null', async () => {
    await expect(resolveReference({ id: ticket.id }, contextOf(agentOf(FIRST_LINE)))).resolves.toBe(ticket);
    await expect(resolveReference({ id: ticket.id }, contextOf(agentOf(BILLING)))).resolves.toBeNull();
  });
});

describe('Customer.tickets', () => {
  it.each([
    [agentOf(FIRST_LINE), [FIRST_LINE]],
    [agentOf(null), []],
    [{ roles: ['SUPPORT_MANAGER'] }, null],
    [{ roles: ['READ_ONLY'] }, null],
  ])('asks the loader only for tickets of queues the caller may see (%j)', async (caller, ownerIds) => {
    const loads = jest.fn();
    await ticketsOfCustomer({ id: CUSTOMER }, { first: 5 }, contextOf(caller, loads));
    expect(loads).toHaveBeenCalledWith({ parentId: CUSTOMER, first: 5, ownerIds });
  });
});

describe('openTicket', () => {
  const input = (queueId?: string) => ({ input: { customerId: CUSTOMER, subject: 'Help', queueId } });

  it('refuses an agent another team’s queue', async () => {
    await expect(openTicket({}, input(BILLING), contextOf(agentOf(FIRST_LINE)))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining(BILLING),
    });
  });

  it('refuses an agent without a team, telling them to join a support team', async () => {
    await expect(openTicket({}, input(), contextOf(agentOf(null)))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/join a support team/),
    });
  });
});
