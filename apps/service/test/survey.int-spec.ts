import { parseEvent, topicOf, type AnyCloudEvent } from '@crm/events';
import type { MailCatcher } from '@crm/mail';
import { ManualClock } from '@crm/scheduler';
import {
  EventProbe,
  graphqlRequest,
  ok,
  person,
  sender,
  startPlatform,
  tokenFor,
  waitFor,
  type TestPlatform,
} from '@crm/platform-testing';
import {
  createKnownCustomer,
  createSupportDesk,
  invitationTokenFor,
  resolveTicketFor,
  restartServiceWithMail,
  startTestMailbox,
  type SupportDesk,
} from './support/survey-desk';

/** Issue 12 part 5: surveys designed, sent when a ticket is resolved, answered by token, reported. */
const CREATE = `mutation ($input: SurveyInput!) { createSurvey(input: $input) { id status version queue { id } } }`;
const ACTIVATE = `mutation ($id: ID!, $version: Int!) { activateSurvey(id: $id, version: $version) { id status version } }`;
const RETIRE = `mutation ($id: ID!, $version: Int!) { retireSurvey(id: $id, version: $version) { id status } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: SurveyInput!) { updateSurvey(id: $id, version: $version, input: $input) { id } }`;
const SURVEY = `query ($id: ID!) { survey(id: $id) { id status questions { id kind required options } } }`;
const ANSWER = `mutation ($token: String!, $answers: [SurveyAnswerInput!]!) { answerSurvey(token: $token, answers: $answers) { recordedAt } }`;
const REPORT = `query ($filter: SatisfactionFilter!) {
  satisfactionReport(filter: $filter) {
    overall { csat nps csatAnswers satisfied npsAnswers promoters passives detractors }
    byQueue { queue { id } scores { csat nps csatAnswers } }
    byAgent { agent { id } scores { csat nps } }
    byPeriod { periodStart scores { csat nps csatAnswers npsAnswers } }
  }
}`;
const SATISFACTION = `query ($id: ID!) {
  customer(id: $id) { satisfaction { latestCsat latestNps lastRespondedAt responses csatTrend npsTrend scores { csat nps } } }
}`;

const QUESTIONS = [
  { kind: 'CSAT', prompt: 'How satisfied are you with our help?' },
  { kind: 'NPS', prompt: 'How likely are you to recommend us?' },
  { kind: 'CHOICE', prompt: 'What helped most?', options: ['Speed', 'Kindness', 'Expertise'] },
  { kind: 'TEXT', prompt: 'Anything else?' },
];

const answersOf = (csat: number, nps: number, text?: string) => [
  { questionId: 'q1', value: String(csat) },
  { questionId: 'q2', value: String(nps) },
  { questionId: 'q3', value: 'Speed' },
  ...(text ? [{ questionId: 'q4', value: text }] : []),
];

const DAY_MS = 24 * 60 * 60 * 1000;

describe('satisfaction surveys through the gateway, Kafka and real SMTP', () => {
  let platform: TestPlatform;
  let mailbox: MailCatcher;
  let probe: EventProbe;
  let desk: SupportDesk;
  let customerId: string;
  let requesters = 0;
  const clock = new ManualClock(new Date());
  /** Without an Authorization header, as the customer's browser sends it. */
  const answer = (token: string, answers: { questionId: string; value: string }[]) =>
    graphqlRequest<{ answerSurvey: { recordedAt: string } }>(
      platform.gatewayUrl,
      ANSWER,
      { token, answers },
      null,
    );
  /** Resolves a ticket for a new requester address and returns the token its invitation mail holds. */
  const invitationFor = async (forCustomer = customerId) => {
    const email = `requester-${++requesters}-${Date.now()}@example.com`;
    const ticketId = await resolveTicketFor(desk, forCustomer, email);
    const token = await invitationTokenFor(mailbox, email);
    // The mail leaves inside the consumer's transaction; survey.sent is relayed only after its commit.
    await published(
      'crm.service.survey.sent',
      (event) => event.type === 'crm.service.survey.sent' && event.data.ticketId === ticketId,
    );
    return { ticketId, email, token };
  };
  const published = (type: AnyCloudEvent['type'], matches: (event: AnyCloudEvent) => boolean) =>
    waitFor(() => {
      const found = probe.messages
        .map((message) => parseEvent(message.value))
        .filter((event) => event.type === type && matches(event));
      if (found.length === 0) throw new Error(`no ${type} yet`);
      return found;
    });

  beforeAll(async () => {
    platform = await startPlatform();
    mailbox = await startTestMailbox();
    await restartServiceWithMail(platform, clock, mailbox);
    probe = await EventProbe.start([topicOf('crm.service.survey.sent')]);
    desk = await createSupportDesk(platform);
    customerId = await createKnownCustomer(platform, desk, 'Surveyed GmbH');
    // Each test may run alone (-t): the queue sends a survey from the start; the first test replaces it.
    const { createSurvey } = await ok(
      desk.manager<{ createSurvey: { id: string } }>(CREATE, {
        input: { name: 'Initial', queueId: desk.queueId, questions: QUESTIONS },
      }),
    );
    await ok(desk.manager(ACTIVATE, { id: createSurvey.id, version: 1 }));
  });
  beforeEach(() => clock.set(new Date()));
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
    await mailbox?.stop();
  });

  it('lets support managers design surveys: every bad field named, DRAFT → ACTIVE → RETIRED, one active per queue', async () => {
    const bad = await desk.manager(CREATE, {
      input: {
        name: ' ',
        queueId: desk.queueId,
        questions: [{ kind: 'CHOICE', prompt: 'Pick', options: ['One'] }],
      },
    });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(bad.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.name', message: 'must not be empty' },
      { field: 'input.questions[0].options', message: 'a CHOICE question needs at least 2 options (got 1)' },
    ]);
    const agent = sender(
      platform.gatewayUrl,
      await tokenFor(person(['SUPPORT_AGENT'], { teamId: desk.queueId })),
    );
    const refused = await agent(CREATE, { input: { name: 'Mine', questions: QUESTIONS } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    type Made = { createSurvey: { id: string; status: string; version: number } };
    const first = (
      await ok(
        desk.manager<Made>(CREATE, { input: { name: 'First', queueId: desk.queueId, questions: QUESTIONS } }),
      )
    ).createSurvey;
    expect(first).toMatchObject({ status: 'DRAFT', version: 1 });
    await ok(desk.manager(ACTIVATE, { id: first.id, version: 1 }));
    const stale = await desk.manager(UPDATE, {
      id: first.id,
      version: 1,
      input: { name: 'Late', questions: QUESTIONS },
    });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const active = await desk.manager(UPDATE, {
      id: first.id,
      version: 2,
      input: { name: 'Late', questions: QUESTIONS },
    });
    expect(active.errors?.[0].message).toBe(
      'id: the survey is ACTIVE and cannot be edited; only a DRAFT can (create a new survey instead)',
    );

    const second = (
      await ok(
        desk.manager<Made>(CREATE, {
          input: { name: 'After support', queueId: desk.queueId, questions: QUESTIONS },
        }),
      )
    ).createSurvey;
    const activated = await ok(
      desk.manager<{ activateSurvey: { status: string } }>(ACTIVATE, { id: second.id, version: 1 }),
    );
    expect(activated.activateSurvey.status).toBe('ACTIVE');
    const replaced = await ok(desk.manager<{ survey: { status: string } }>(SURVEY, { id: first.id }));
    expect(replaced.survey.status).toBe('RETIRED');
    const again = await desk.manager(RETIRE, { id: first.id, version: 3 });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(again.errors?.[0].message).toBe(
      'id: a survey cannot move from RETIRED to RETIRED; RETIRED is final',
    );

    const read = await ok(desk.manager<{ survey: { questions: unknown[] } }>(SURVEY, { id: second.id }));
    expect(read.survey.questions).toEqual([
      { id: 'q1', kind: 'CSAT', required: true, options: [] },
      { id: 'q2', kind: 'NPS', required: true, options: [] },
      { id: 'q3', kind: 'CHOICE', required: false, options: ['Speed', 'Kindness', 'Expertise'] },
      { id: 'q4', kind: 'TEXT', required: false, options: [] },
    ]);
    const [publishedEvent] = await published(
      'crm.service.survey.published',
      (event) => event.subject === second.id,
    );
    expect(publishedEvent.data).toMatchObject({ queueId: desk.queueId, replacedSurveyId: first.id });
    const [retiredEvent] = await published(
      'crm.service.survey.retired',
      (event) => event.subject === first.id,
    );
    expect(retiredEvent.data).toMatchObject({ replacedBySurveyId: second.id });
  });

  it('mails an invitation when a ticket is resolved; the customer answers with its token and no login, once', async () => {
    const { ticketId, email, token } = await invitationFor();
    const mail = mailbox.mails.find((caught) => caught.recipients.includes(email))!;
    expect(mail.mail.subject).toMatch(/^\[#\d+\] How did we do\? Invoice missing$/);
    expect(mail.mail.text).toContain(
      'q1. How satisfied are you with our help? (1 = very unsatisfied … 5 = very satisfied)',
    );
    const [sent] = await published(
      'crm.service.survey.sent',
      (event) => event.type === 'crm.service.survey.sent' && event.data.ticketId === ticketId,
    );
    expect(sent.data).toMatchObject({ customerId, queueId: desk.queueId, assigneeId: desk.agentId });
    // Only the token's hash is kept, and neither the event nor the database holds the token.
    expect(probe.messages.some((message) => message.value.includes(token))).toBe(false);
    const [stored] = await platform.subgraphs.service.dataSource.query(
      'SELECT i.*, i::text AS whole FROM survey_invitations i WHERE ticket_id = $1',
      [ticketId],
    );
    expect(stored.whole).not.toContain(token);

    const invalid = await answer(token, [
      { questionId: 'q1', value: '7' },
      { questionId: 'q2', value: '9' },
    ]);
    expect(invalid.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'answers[0].value',
    });
    const unknown = await answer(`${token}x`, answersOf(5, 9));
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'token' });

    const recorded = await answer(token, answersOf(4, 9, 'Quick and friendly'));
    expect(recorded.errors).toBeUndefined();
    expect(new Date(recorded.data!.answerSurvey.recordedAt).getTime()).toBe(clock.now().getTime());
    const twice = await answer(token, answersOf(1, 0));
    expect(twice.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'token',
      reason: 'SURVEY_ALREADY_ANSWERED',
    });
    const [response] = await published(
      'crm.service.survey.response_recorded',
      (event) => event.subject === sent.subject,
    );
    expect(response.data).toMatchObject({ ticketId, csatScore: 4, npsScore: 9, assigneeId: desk.agentId });
  });

  it('refuses a link once it expired, by the service clock', async () => {
    const sentAt = new Date();
    clock.set(sentAt);
    const { token } = await invitationFor();
    clock.set(new Date(sentAt.getTime() + 14 * DAY_MS));
    const expired = await answer(token, answersOf(5, 10));
    expect(expired.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'token',
      reason: 'SURVEY_LINK_EXPIRED',
    });
  });

  it('reports CSAT and NPS per queue, agent and period, and Customer.satisfaction, as computed by hand', async () => {
    const reported = await createKnownCustomer(platform, desk, 'Reported Ltd');
    /** Sent on the 10th, answered at `answeredAt`: October and November 2026, before the other tests' answers. */
    const answered: [string, number, number][] = [
      ['2026-10-12T09:00:00.000Z', 5, 10],
      ['2026-10-12T10:00:00.000Z', 4, 8],
      ['2026-10-12T11:00:00.000Z', 2, 3],
      ['2026-11-12T09:00:00.000Z', 3, 9],
      ['2026-11-13T09:00:00.000Z', 5, 10],
    ];
    for (const [answeredAt, csat, nps] of answered) {
      clock.set(`${answeredAt.slice(0, 8)}10T08:00:00.000Z`);
      const { token } = await invitationFor(reported);
      clock.set(answeredAt);
      await ok(answer(token, answersOf(csat, nps)));
    }
    const { satisfactionReport } = await ok(
      desk.manager<{ satisfactionReport: Record<string, unknown> }>(REPORT, {
        filter: { from: '2026-10-01T00:00:00Z', to: '2026-12-01T00:00:00Z', period: 'MONTH' },
      }),
    );
    // CSAT 5, 4, 2, 3, 5: 3 of 5 are 4–5 → 60 %. NPS 10, 8, 3, 9, 10: 3 promoters, 1 passive, 1 detractor → 60 − 20 = 40.
    const overall = {
      csat: 60,
      nps: 40,
      csatAnswers: 5,
      satisfied: 3,
      npsAnswers: 5,
      promoters: 3,
      passives: 1,
      detractors: 1,
    };
    expect(satisfactionReport).toEqual({
      overall,
      byQueue: [{ queue: { id: desk.queueId }, scores: { csat: 60, nps: 40, csatAnswers: 5 } }],
      byAgent: [{ agent: { id: desk.agentId }, scores: { csat: 60, nps: 40 } }],
      byPeriod: [
        // October: CSAT 5, 4, 2 → 2 of 3 = 66.7 %; NPS 10, 8, 3 → 33.3 − 33.3 = 0.
        {
          periodStart: '2026-10-01T00:00:00.000Z',
          scores: { csat: 66.7, nps: 0, csatAnswers: 3, npsAnswers: 3 },
        },
        // November: CSAT 3, 5 → 1 of 2 = 50 %; NPS 9, 10 → 100 − 0 = 100.
        {
          periodStart: '2026-11-01T00:00:00.000Z',
          scores: { csat: 50, nps: 100, csatAnswers: 2, npsAnswers: 2 },
        },
      ],
    });
    const { customer } = await ok(
      desk.manager<{ customer: { satisfaction: unknown } }>(SATISFACTION, { id: reported }),
    );
    // Latest CSAT 5 against mean(3, 2, 4) = 3 → improving; latest NPS 10 against mean(9, 3, 8) = 6.7 → improving.
    expect(customer.satisfaction).toEqual({
      latestCsat: 5,
      latestNps: 10,
      lastRespondedAt: '2026-11-13T09:00:00.000Z',
      responses: 5,
      csatTrend: 'IMPROVING',
      npsTrend: 'IMPROVING',
      scores: { csat: 60, nps: 40 },
    });
  });

  it('moves answers to the survivor of a merge and erases their free text with the customer', async () => {
    const merged = await createKnownCustomer(platform, desk, 'Merged away AG');
    const survivor = await createKnownCustomer(platform, desk, 'Survivor AG');
    const { token } = await invitationFor(merged);
    await ok(answer(token, answersOf(2, 4, 'Call me on +49 170 1234567')));
    const pending = await invitationFor(survivor);
    await ok(
      desk.admin(`mutation ($s: ID!, $m: [ID!]!) { mergeCustomers(survivorId: $s, mergedIds: $m) { id } }`, {
        s: survivor,
        m: [merged],
      }),
    );
    const moved = await waitFor(async () => {
      const { customer } = await ok(
        desk.manager<{ customer: { satisfaction: { responses: number; latestCsat: number } } }>(
          SATISFACTION,
          { id: survivor },
        ),
      );
      if (customer.satisfaction.responses !== 1) throw new Error('the response has not moved yet');
      return customer.satisfaction;
    });
    expect(moved).toMatchObject({ latestCsat: 2, latestNps: 4 });

    await ok(desk.admin(`mutation ($id: ID!) { eraseCustomer(id: $id) { id } }`, { id: survivor }));
    await waitFor(async () => {
      const [row] = await platform.subgraphs.service.dataSource.query(
        `SELECT answers::text AS answers FROM survey_responses WHERE customer_id = $1`,
        [survivor],
      );
      expect(row.answers).not.toContain('+49 170');
      expect(row.answers).toContain('[erased]');
    });
    // The scores stay for the reports; an invitation not yet answered no longer opens.
    const { customer } = await ok(
      desk.manager<{ customer: { satisfaction: { latestCsat: number } } }>(SATISFACTION, { id: survivor }),
    );
    expect(customer.satisfaction.latestCsat).toBe(2);
    const late = await answer(pending.token, answersOf(5, 10));
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SURVEY_LINK_WITHDRAWN' });
  });
});
