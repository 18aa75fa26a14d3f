import { randomUUID } from 'node:crypto';
import { parseEvent, type AnyCloudEvent } from '@crm/events';
import { createMailSender, type MailCatcher, type OutgoingMail } from '@crm/mail';
import { ManualClock } from '@crm/scheduler';
import {
  graphqlRequest,
  ok,
  person,
  sender,
  startPlatform,
  tokenFor,
  type TestPlatform,
} from '@crm/platform-testing';
import { SLA_ESCALATION_JOB } from '../src/jobs/sla-escalation.job';
import type { RunningService } from '../src/service-subgraph';
import {
  createSupportDesk,
  ANSWER_URL,
  restartServiceWithMail,
  startTestMailbox,
  type SupportDesk,
} from './support/survey-desk';
import { createContact, createCustomer, SET_MAILBOX } from './support/support-fixtures';

/**
 * Issue 12, what it must show: one support case from the customer's first mail to the answered
 * survey, through the gateway, real SMTP both ways, Kafka and the SLA job under the test clock.
 */
const MINUTE = 60_000;
const ALL_DAY = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map((day) => ({
  day,
  start: '00:00',
  end: '24:00',
}));
const TICKET = `query ($id: ID!) { ticket(id: $id) {
  number status priority source subject assignee { id } requester { contactId email }
  sla { state } comments { visibility authorKind body }
} }`;

interface TicketView {
  number: number;
  status: string;
  priority: string;
  source: string;
  subject: string;
  assignee: { id: string } | null;
  requester: { contactId: string | null; email: string | null };
  sla: { state: string } | null;
  comments: { visibility: string; authorKind: string; body: string }[];
}

describe('the support desk end to end: mail in, SLA, escalation, reply out, reply in, resolution, survey', () => {
  let platform: TestPlatform;
  let service: RunningService;
  let customerMailServer: MailCatcher;
  let desk: SupportDesk;
  let customerId: string;
  let contactId: string;
  const clock = new ManualClock(new Date());
  const support = `support-${randomUUID().slice(0, 8)}@crm.test`;
  const grace = `grace-${randomUUID().slice(0, 8)}@acme.example`;

  /** The customer's mail reaching the service's SMTP listener, as the organisation's MX hands it over. */
  async function mailFromCustomer(mail: Partial<OutgoingMail>): Promise<string> {
    const messageId = `<${randomUUID()}@acme.example>`;
    const mx = createMailSender({
      host: service.inboundMail.host,
      port: service.inboundMail.port,
      secure: false,
      user: undefined,
      password: undefined,
    });
    await mx
      .send({ from: `Grace Hopper <${grace}>`, to: support, subject: '', text: '', messageId, ...mail })
      .finally(() => mx.close());
    return messageId;
  }

  /** One run of the SLA job through the real queue, with the clock at `at`. */
  async function runSlaJobAt(at: number): Promise<void> {
    clock.set(new Date(at));
    const id = await service.jobs.runNow(SLA_ESCALATION_JOB);
    await service.jobs.waitForRun(SLA_ESCALATION_JOB, id);
  }

  /** The events about the ticket the service published, in order (its outbox, as the relay sends it). */
  async function eventsOf(ticketId: string): Promise<AnyCloudEvent[]> {
    const rows: { payload: unknown }[] = await service.dataSource.query(
      'SELECT payload FROM outbox WHERE message_key = $1 ORDER BY position',
      [ticketId],
    );
    return rows
      .map((row) => parseEvent(JSON.stringify(row.payload)))
      .filter((event) => event.type !== 'crm.service.audit.recorded');
  }

  beforeAll(async () => {
    customerMailServer = await startTestMailbox();
    platform = await startPlatform();
    await restartServiceWithMail(platform, clock, customerMailServer);
    service = platform.subgraphs.service as RunningService;
    desk = await createSupportDesk(platform);
    const admin = await tokenFor(person(['ADMIN']));
    customerId = await createCustomer(platform, admin, 'Acme Logistics');
    contactId = await createContact(platform, admin, customerId, grace);
    const { queueId } = desk;
    await ok(desk.manager(SET_MAILBOX, { input: { queueId, address: support } }));
    await ok(
      desk.manager(
        `mutation ($input: SetQueueAssignmentRuleInput!) { setQueueAssignmentRule(input: $input) { id } }`,
        {
          input: { queueId, kind: 'ROUND_ROBIN' },
        },
      ),
    );
    await ok(
      desk.manager(
        `mutation ($input: BusinessCalendarInput!) { createBusinessCalendar(input: $input) { id } }`,
        {
          input: { name: 'Always on', timeZone: 'Europe/Berlin', queueId, weeklyHours: ALL_DAY },
        },
      ),
    );
    // NORMAL tickets: first answer within 60 minutes, a warning at half of it, then one priority up.
    await ok(
      desk.manager(`mutation ($input: SlaPolicyInput!) { createSlaPolicy(input: $input) { id } }`, {
        input: {
          name: `Normal ${randomUUID().slice(0, 4)}`,
          queueId,
          priority: 'NORMAL',
          firstResponseMinutes: 60,
          resolutionMinutes: 480,
          warningShare: 0.5,
          escalationAction: 'RAISE_PRIORITY',
        },
      }),
    );
    const { createSurvey } = await ok(
      desk.manager<{ createSurvey: { id: string } }>(
        `mutation ($input: SurveyInput!) { createSurvey(input: $input) { id } }`,
        {
          input: {
            name: 'After each case',
            queueId,
            questions: [
              { kind: 'CSAT', prompt: 'How satisfied are you with our help?' },
              { kind: 'NPS', prompt: 'How likely are you to recommend us?' },
            ],
          },
        },
      ),
    );
    await ok(
      desk.manager(`mutation ($id: ID!) { activateSurvey(id: $id, version: 1) { id } }`, {
        id: createSurvey.id,
      }),
    );
  }, 600_000);
  afterAll(async () => {
    await platform?.stop();
    await customerMailServer?.stop();
  });

  it('takes one case from the first mail to the answered survey', async () => {
    const agent = sender(
      platform.gatewayUrl,
      await tokenFor(person(['SUPPORT_AGENT'], { userId: desk.agentId, teamId: desk.queueId })),
    );
    const ticketOf = async (id: string) => (await ok(agent<{ ticket: TicketView }>(TICKET, { id }))).ticket;

    // 1. A mail to the support address becomes a ticket, assigned by the queue's round robin.
    const firstMail = await mailFromCustomer({
      subject: 'Printer on fire',
      text: 'It smokes since this morning.',
    });
    const [{ id: ticketId, created_at: openedAt }] = await service.dataSource.query(
      'SELECT id, created_at FROM tickets WHERE source_message_id = $1',
      [firstMail],
    );
    const opened = await ticketOf(ticketId);
    expect(opened).toMatchObject({
      status: 'ASSIGNED',
      priority: 'NORMAL',
      source: 'EMAIL',
      subject: 'Printer on fire',
      assignee: { id: desk.agentId },
      requester: { contactId, email: grace },
    });

    // 2. Nobody answers: a warning at 30 minutes, the breach at 60, escalated one priority up.
    await runSlaJobAt(openedAt.getTime() + 31 * MINUTE);
    await runSlaJobAt(openedAt.getTime() + 61 * MINUTE);
    const slaEvents = (await eventsOf(ticketId)).map((event) => event.type);
    expect(slaEvents).toEqual(
      expect.arrayContaining([
        'crm.service.ticket.opened',
        'crm.service.ticket.assigned',
        'crm.service.ticket.sla_warning',
        'crm.service.ticket.sla_breached',
        'crm.service.ticket.escalated',
      ]),
    );
    expect(slaEvents.indexOf('crm.service.ticket.sla_warning')).toBeLessThan(
      slaEvents.indexOf('crm.service.ticket.sla_breached'),
    );
    expect((await ticketOf(ticketId)).priority).toBe('HIGH');

    // 3. The agent replies: the mail reaches the customer's server, threaded on her first mail.
    await ok(
      agent(`mutation ($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }`, {
        input: { ticketId, body: 'Please unplug it; a technician is on the way.' },
      }),
    );
    const { mail: reply } = await customerMailServer.waitForMail(
      (caught) => caught.recipients.includes(grace) && caught.mail.subject.startsWith('Re: [#'),
    );
    expect(reply).toMatchObject({
      from: { address: support },
      subject: `Re: [#${opened.number}] Printer on fire`,
      text: 'Please unplug it; a technician is on the way.',
      inReplyTo: firstMail,
      references: [firstMail],
    });

    // 4. She answers from her mail client: the answer becomes her public comment on the ticket.
    await mailFromCustomer({
      subject: reply.subject,
      text: 'Unplugged, thanks!',
      inReplyTo: reply.messageId,
      references: [firstMail, reply.messageId],
    });
    expect((await ticketOf(ticketId)).comments).toEqual([
      { visibility: 'PUBLIC', authorKind: 'AGENT', body: 'Please unplug it; a technician is on the way.' },
      { visibility: 'PUBLIC', authorKind: 'CUSTOMER', body: 'Unplugged, thanks!' },
    ]);

    // 5. Resolved: the survey invitation goes out by mail with a single-use token.
    const move = (to: string, resolution?: string) =>
      ok(
        agent(`mutation ($input: MoveTicketInput!) { moveTicket(input: $input) { status } }`, {
          input: { ticketId, to, resolution },
        }),
      );
    await move('IN_PROGRESS');
    clock.set(new Date(openedAt.getTime() + 3 * 60 * MINUTE));
    await move('RESOLVED', 'Replaced the power supply');
    const { mail: invitation } = await customerMailServer.waitForMail(
      (caught) => caught.recipients.includes(grace) && caught.mail.text.includes(`${ANSWER_URL}?token=`),
    );
    const link = invitation.text.split(/\s+/).find((word) => word.startsWith(`${ANSWER_URL}?token=`))!;
    const token = new URL(link).searchParams.get('token')!;

    // 6. She answers without logging in: CSAT 4 of 5, NPS 9 of 10.
    const answered = await graphqlRequest(
      platform.gatewayUrl,
      `mutation ($token: String!, $answers: [SurveyAnswerInput!]!) { answerSurvey(token: $token, answers: $answers) { recordedAt } }`,
      {
        token,
        answers: [
          { questionId: 'q1', value: '4' },
          { questionId: 'q2', value: '9' },
        ],
      },
      null,
    );
    expect(answered.errors).toBeUndefined();

    // By hand: CSAT is the top-two-box share, 4 is in {4, 5} → 1 of 1 = 100 %; NPS is promoters
    // (9–10) minus detractors (0–6) in percent: 9 is a promoter → 100 − 0 = 100.
    const { satisfactionReport } = await ok(
      desk.manager<{ satisfactionReport: { overall: Record<string, number>; byAgent: unknown[] } }>(
        `query ($filter: SatisfactionFilter!) { satisfactionReport(filter: $filter) {
          overall { csat nps csatAnswers satisfied npsAnswers promoters passives detractors }
          byAgent { agent { id } scores { csat nps } }
        } }`,
        {
          filter: {
            queueId: desk.queueId,
            from: new Date(openedAt.getTime() - 60 * MINUTE).toISOString(),
            to: new Date(clock.now().getTime() + 60 * MINUTE).toISOString(),
          },
        },
      ),
    );
    expect(satisfactionReport).toEqual({
      overall: {
        csat: 100,
        nps: 100,
        csatAnswers: 1,
        satisfied: 1,
        npsAnswers: 1,
        promoters: 1,
        passives: 0,
        detractors: 0,
      },
      byAgent: [{ agent: { id: desk.agentId }, scores: { csat: 100, nps: 100 } }],
    });
    const { customer } = await ok(
      desk.manager<{ customer: { satisfaction: { latestCsat: number; latestNps: number } } }>(
        `query ($id: ID!) { customer(id: $id) { satisfaction { latestCsat latestNps } } }`,
        { id: customerId },
      ),
    );
    expect(customer.satisfaction).toMatchObject({ latestCsat: 4, latestNps: 9 });
  });
});
