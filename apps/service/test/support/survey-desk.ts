import { randomUUID } from 'node:crypto';
import { loadMailConfig, loadServiceConfig } from '@crm/config';
import { createLogger } from '@crm/logger';
import { startMailCatcher, type MailCatcher } from '@crm/mail';
import type { Clock } from '@crm/scheduler';
import {
  ok,
  person,
  sender,
  testServiceEnv,
  tokenFor,
  waitFor,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';
import { startServiceSubgraph } from '../../src/service-subgraph';

/** Where the invitation mail links to; the token is its `token` parameter. */
export const ANSWER_URL = 'https://support.example.com/survey';

/**
 * Stops the platform's service subgraph and starts it again on the same port, as a deployment
 * would, with `clock` and outgoing mail pointed at `catcher` (the platform's copy sends no mail).
 */
export async function restartServiceWithMail(platform: TestPlatform, clock: Clock, catcher: MailCatcher) {
  const { port } = platform.subgraphs.service;
  await platform.subgraphs.service.stop();
  const env = testServiceEnv('service', randomUUID().slice(0, 8), Number(platform.gatewayEnv.PORT));
  const config = loadServiceConfig('service', { ...env, PORT: String(port) });
  platform.subgraphs.service = await startServiceSubgraph(config, {
    clock,
    mail: loadMailConfig({ ...env, SMTP_HOST: catcher.host, SMTP_PORT: String(catcher.port) }),
    env: { ...env, SURVEY_ANSWER_URL: ANSWER_URL, SURVEY_INVITATION_TTL_DAYS: '14' },
  });
}

export function startTestMailbox(): Promise<MailCatcher> {
  return startMailCatcher({ logger: createLogger('survey-test-mailbox', 'error') });
}

/** The token of the invitation mail sent to `address`. */
export async function invitationTokenFor(catcher: MailCatcher, address: string): Promise<string> {
  const caught = await catcher.waitForMail((mail) => mail.recipients.includes(address));
  const link = caught.mail.text.match(/https:\/\/support\.example\.com\/survey\?token=([A-Za-z0-9_-]+)/);
  if (!link) throw new Error(`no survey link in the mail to ${address}:\n${caught.mail.text}`);
  return link[1];
}

export interface SupportDesk {
  admin: Send;
  manager: Send;
  /** The support team whose queue the tickets are in. */
  queueId: string;
  /** An agent of that team, known to the service. */
  agentId: string;
}

const serviceKnows = (platform: TestPlatform, sql: string, id: string) =>
  waitFor(async () => {
    const rows = await platform.subgraphs.service.dataSource.query(sql, [id]);
    if (rows.length !== 1) throw new Error(`the service does not know ${id} yet`);
  });

/** A support team with an agent in it, as identity makes them; the service has learnt both. */
export async function createSupportDesk(platform: TestPlatform): Promise<SupportDesk> {
  const admin = sender(platform.gatewayUrl, await tokenFor(person(['ADMIN'])));
  const user = async (roles: string[]) =>
    (
      await ok(
        admin<{ createUser: { id: string } }>(
          `mutation ($email: String!, $roles: [String!]!) { createUser(input: { name: "Survey desk", email: $email, roles: $roles }) { id } }`,
          { email: `desk-${randomUUID()}@example.com`, roles },
        ),
      )
    ).createUser.id;
  const managerId = await user(['SUPPORT_MANAGER']);
  const { createTeam } = await ok(
    admin<{ createTeam: { id: string } }>(
      `mutation ($name: String!, $managerId: ID!) { createTeam(input: { name: $name, managerId: $managerId }) { id } }`,
      { name: `Survey desk ${randomUUID()}`, managerId },
    ),
  );
  const agentId = await user(['SUPPORT_AGENT']);
  await ok(
    admin(
      `mutation ($userId: ID!, $teamId: ID) { assignUserToTeam(userId: $userId, teamId: $teamId) { id } }`,
      {
        userId: agentId,
        teamId: createTeam.id,
      },
    ),
  );
  await serviceKnows(platform, 'SELECT id FROM known_teams WHERE id = $1', createTeam.id);
  await serviceKnows(platform, 'SELECT id FROM known_users WHERE id = $1 AND team_id IS NOT NULL', agentId);
  const manager = sender(
    platform.gatewayUrl,
    await tokenFor(person(['SUPPORT_MANAGER'], { userId: managerId })),
  );
  return { admin, manager, queueId: createTeam.id, agentId };
}

export async function createKnownCustomer(
  platform: TestPlatform,
  desk: SupportDesk,
  name: string,
): Promise<string> {
  const { createCustomer } = await ok(
    desk.admin<{ createCustomer: { id: string } }>(
      `mutation ($name: String!) { createCustomer(input: { kind: COMPANY, name: $name }) { id } }`,
      { name },
    ),
  );
  await serviceKnows(platform, 'SELECT id FROM known_customers WHERE id = $1', createCustomer.id);
  return createCustomer.id;
}

const MOVE = `mutation ($input: MoveTicketInput!) { moveTicket(input: $input) { id status } }`;

/** Opens a ticket for `requesterEmail`, assigns it to the desk's agent and resolves it. */
export async function resolveTicketFor(
  desk: SupportDesk,
  customerId: string,
  requesterEmail: string,
): Promise<string> {
  const { openTicket } = await ok(
    desk.manager<{ openTicket: { id: string } }>(
      `mutation ($input: OpenTicketInput!) { openTicket(input: $input) { id } }`,
      { input: { customerId, queueId: desk.queueId, subject: 'Invoice missing', requesterEmail } },
    ),
  );
  const ticketId = openTicket.id;
  await ok(
    desk.manager(`mutation ($input: AssignTicketInput!) { assignTicket(input: $input) { id } }`, {
      input: { ticketId, assigneeId: desk.agentId },
    }),
  );
  await ok(desk.manager(MOVE, { input: { ticketId, to: 'IN_PROGRESS' } }));
  await ok(desk.manager(MOVE, { input: { ticketId, to: 'RESOLVED', resolution: 'Sent the invoice again' } }));
  return ticketId;
}
