import { randomUUID } from 'node:crypto';
import { DEMO_ADMIN, graphqlRequest, tokenFor, waitFor, type TestPlatform } from '@crm/platform-testing';

/**
 * A support desk made through the gateway for ticket tests: a team (a queue) with a manager and
 * agents created in identity, known to the service once their events arrived, and their tokens.
 */
export interface SupportDesk {
  queueId: string;
  managerId: string;
  manager: string;
  agents: { id: string; token: string }[];
}

async function send<T>(platform: TestPlatform, token: string, query: string, variables: object): Promise<T> {
  const response = await graphqlRequest<T>(
    platform.gatewayUrl,
    query,
    variables as Record<string, unknown>,
    token,
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`;

async function createUser(platform: TestPlatform, admin: string, roles: string[], teamId: string | null) {
  const { createUser: user } = await send<{ createUser: { id: string } }>(platform, admin, CREATE_USER, {
    input: {
      name: `${roles[0]} ${randomUUID().slice(0, 6)}`,
      email: `u-${randomUUID()}@example.com`,
      roles,
      teamId,
    },
  });
  return user.id;
}

/** Waits until the service has seen `sql` return a row (its projections follow events). */
export const knownToService = (platform: TestPlatform, sql: string, parameters: unknown[]) =>
  waitFor(async () => {
    const rows = await platform.subgraphs.service.dataSource.query(sql, parameters);
    if (rows.length === 0) throw new Error(`not yet known to the service: ${sql} ${parameters.join(', ')}`);
  });

export async function createSupportDesk(
  platform: TestPlatform,
  admin: string,
  agentCount: number,
): Promise<SupportDesk> {
  const managerId = await createUser(platform, admin, ['SUPPORT_MANAGER'], null);
  const { createTeam } = await send<{ createTeam: { id: string } }>(
    platform,
    admin,
    `mutation ($name: String!, $managerId: ID!) { createTeam(input: { name: $name, managerId: $managerId }) { id } }`,
    { name: `Support ${randomUUID()}`, managerId },
  );
  const queueId = createTeam.id;
  await knownToService(platform, 'SELECT id FROM known_teams WHERE id = $1', [queueId]);
  const agents = [];
  for (let i = 0; i < agentCount; i++) {
    const id = await createUser(platform, admin, ['SUPPORT_AGENT'], queueId);
    await knownToService(platform, 'SELECT id FROM known_users WHERE id = $1 AND team_id = $2', [
      id,
      queueId,
    ]);
    agents.push({
      id,
      token: await tokenFor({
        ...DEMO_ADMIN,
        userId: id,
        roles: ['SUPPORT_AGENT'],
        teamId: queueId,
        managedUserIds: [],
      }),
    });
  }
  const manager = await tokenFor({
    ...DEMO_ADMIN,
    userId: managerId,
    roles: ['SUPPORT_MANAGER'],
    teamId: null,
    managedUserIds: [],
  });
  return { queueId, managerId, manager, agents };
}

export async function createCustomer(platform: TestPlatform, admin: string, name: string): Promise<string> {
  const { createCustomer: customer } = await send<{ createCustomer: { id: string } }>(
    platform,
    admin,
    `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`,
    { input: { kind: 'COMPANY', name } },
  );
  await knownToService(platform, 'SELECT id FROM known_customers WHERE id = $1', [customer.id]);
  return customer.id;
}
