import { randomUUID } from 'node:crypto';
import { graphqlRequest, startPlatform, tokenFor, type TestPlatform } from '@crm/platform-testing';
import { clientFor } from '../demo-client';
import { createSupportTeam, loadDemoSupport } from '../demo-support';

const PASSWORD = 'demo-password-2026';

/**
 * The demo support desk as `npm start` loads it: Alex, the demo agent, logs in with a real token
 * from identity and works the Support queue (issue 12: they used to belong to no team, FORBIDDEN).
 */
describe('demo support desk', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.stop());

  it('puts Alex in the Support team and fills its queue with tickets in every status', async () => {
    const send = clientFor(platform.gatewayUrl, await tokenFor());
    const user = async (name: string, role: string) => {
      const email = `${name}-${randomUUID()}@demo.example`;
      const { createUser } = (await send(
        'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
        {
          input: { name, email, roles: [role], password: PASSWORD },
        },
      )) as { createUser: { id: string } };
      return { id: createUser.id, email };
    };
    const sven = await user('sven', 'SUPPORT_MANAGER');
    const alex = await user('alex', 'SUPPORT_AGENT');
    const customerIds: string[] = [];
    for (const name of ['Demo One', 'Demo Two']) {
      const { createCustomer } = (await send(
        'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
        {
          input: { kind: 'COMPANY', name },
        },
      )) as { createCustomer: { id: string } };
      customerIds.push(createCustomer.id);
    }
    const queueId = await createSupportTeam(send, sven.id, alex.id);
    await loadDemoSupport(send, queueId, alex.id, customerIds);

    const login = await graphqlRequest<{ login: { accessToken: string } }>(
      platform.gatewayUrl,
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
      { email: alex.email, password: PASSWORD },
    );
    expect(login.errors).toBeUndefined();
    const asAlex = clientFor(platform.gatewayUrl, login.data!.login.accessToken);
    const { queues } = (await asAlex('{ queues { id counts { status count } } }')) as {
      queues: { id: string; counts: { status: string; count: number }[] }[];
    };
    expect(queues.map((queue) => queue.id)).toEqual([queueId]);
    expect(queues[0].counts.filter((count) => count.count === 0)).toEqual([]);
    const { myTickets } = (await asAlex('{ myTickets(first: 50) { edges { node { id } } } }')) as {
      myTickets: { edges: unknown[] };
    };
    expect(myTickets.edges.length).toBeGreaterThanOrEqual(7);
    const opened = await asAlex('mutation ($input: OpenTicketInput!) { openTicket(input: $input) { id } }', {
      input: { customerId: customerIds[0], subject: 'Alex opens one in his queue' },
    });
    expect(opened).toHaveProperty('openTicket.id');
    // Loading waits for the service to learn users, teams and customers from events.
  }, 180_000);
});
