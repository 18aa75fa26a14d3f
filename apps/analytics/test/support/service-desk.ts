import { randomUUID } from 'node:crypto';
import { createLogger } from '@crm/logger';
import { startMailCatcher, type MailCatcher } from '@crm/mail';
import type { Clock } from '@crm/scheduler';
import {
  ok,
  restartServiceSubgraph,
  waitFor,
  type RestartedServiceSubgraph,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';

/*
 * A support desk for the service report, made through the gateway: the service runs on the test's
 * clock and sends its survey invitations to a local mailbox, as a deployment would.
 */

const ANSWER_URL = 'https://support.example.com/survey';

export async function restartServiceWithMail(
  platform: TestPlatform,
  clock: Clock,
): Promise<{ mailbox: MailCatcher; service: RestartedServiceSubgraph }> {
  const mailbox = await startMailCatcher({ logger: createLogger('service-report-mailbox', 'error') });
  const service = await restartServiceSubgraph(platform, {
    clock,
    smtp: mailbox,
    env: { SURVEY_ANSWER_URL: ANSWER_URL, JOB_POLL_INTERVAL_MS: '500' },
  });
  return { mailbox, service };
}

const SURVEY_LINK = /https:\/\/support\.example\.com\/survey\?token=([A-Za-z0-9_-]+)/;

/** The token of the survey invitation mailed to `address` (replies go to the same address). */
export async function invitationTokenFor(mailbox: MailCatcher, address: string): Promise<string> {
  const caught = await mailbox.waitForMail(
    (mail) => mail.recipients.includes(address) && SURVEY_LINK.test(mail.mail.text),
  );
  return SURVEY_LINK.exec(caught.mail.text)![1];
}

export const serviceKnows = (platform: TestPlatform, sql: string, id: string) =>
  waitFor(async () => {
    const rows: unknown[] = await platform.subgraphs.service.dataSource.query(sql, [id]);
    if (rows.length !== 1) throw new Error(`the service does not know ${id} yet`);
  });

/** A support team (the queue) with `agents` agents, as identity makes them, known to the service. */
export async function createSupportTeam(platform: TestPlatform, admin: Send, agents: number) {
  const user = async (roles: string[], teamId?: string) =>
    (
      await ok(
        admin<{ createUser: { id: string } }>(
          `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
          { input: { name: 'Report desk', email: `desk-${randomUUID()}@example.com`, roles, teamId } },
        ),
      )
    ).createUser.id;
  const managerId = await user(['SUPPORT_MANAGER']);
  const { createTeam } = await ok(
    admin<{ createTeam: { id: string } }>(
      `mutation ($name: String!, $managerId: ID!) { createTeam(input: { name: $name, managerId: $managerId }) { id } }`,
      { name: `Report desk ${randomUUID()}`, managerId },
    ),
  );
  await serviceKnows(platform, 'SELECT id FROM known_teams WHERE id = $1', createTeam.id);
  const agentIds: string[] = [];
  for (let i = 0; i < agents; i++) {
    const agentId = await user(['SUPPORT_AGENT'], createTeam.id);
    await serviceKnows(platform, 'SELECT id FROM known_users WHERE id = $1 AND team_id IS NOT NULL', agentId);
    agentIds.push(agentId);
  }
  return { queueId: createTeam.id, managerId, agentIds };
}
