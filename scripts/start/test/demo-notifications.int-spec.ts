import { randomUUID } from 'node:crypto';
import { person, startPlatform, tokenFor, waitFor, type TestPlatform } from '@crm/platform-testing';
import { clientFor } from '../demo-client';
import { loadDemoNotifications } from '../demo-notifications';

/** The demo's notification as `npm start` loads it: Rita's large deal reaches Sam, her team's manager. */
describe('demo notifications', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.stop());

  it("tells Sam of the large deal on Rita's opportunity", async () => {
    const send = clientFor(platform.gatewayUrl, await tokenFor());
    const user = async (name: string, role: string) =>
      (
        (await send('mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }', {
          input: { name, email: `${randomUUID()}@demo.crm.example`, roles: [role] },
        })) as { createUser: { id: string } }
      ).createUser.id;
    const samId = await user('Sam Sales-Manager', 'SALES_MANAGER');
    const ritaId = await user('Rita Rep', 'SALES_REP');
    const { createTeam } = (await send(
      'mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }',
      {
        input: { name: `Sales ${randomUUID()}`, managerId: samId },
      },
    )) as { createTeam: { id: string } };
    await send(
      'mutation ($userId: ID!, $teamId: ID) { assignUserToTeam(userId: $userId, teamId: $teamId) { id } }',
      {
        userId: ritaId,
        teamId: createTeam.id,
      },
    );
    const log: string[] = [];
    // A currency of its own: the demo's EUR threshold would alert other tests of this worker's database.
    await loadDemoNotifications(send, ritaId, (message) => log.push(message), 'DKK');

    const asSam = clientFor(
      platform.gatewayUrl,
      await tokenFor(
        person(['SALES_MANAGER'], { userId: samId, teamId: createTeam.id, managedUserIds: [ritaId] }),
      ),
    );
    const titles = await waitFor(async () => {
      const { myNotifications } = (await asSam(
        '{ myNotifications(first: 5) { edges { node { title } } } }',
      )) as {
        myNotifications: { edges: { node: { title: string } }[] };
      };
      if (myNotifications.edges.length === 0) throw new Error('Sam was not told yet');
      return myNotifications.edges.map((edge) => edge.node.title);
    });
    expect(titles).toEqual(['Large deal: Nordlicht fleet rollout']);
    expect(log).toHaveLength(1);
  });
});
