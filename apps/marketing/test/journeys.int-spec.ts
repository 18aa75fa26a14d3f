import { randomUUID } from 'node:crypto';
import { buildEvent, SYSTEM_ACTOR, topicOf, type EventType } from '@crm/events';
import { createLogger } from '@crm/logger';
import { startMailCatcher, type MailCatcher } from '@crm/mail';
import type { RunningMarketing } from '@crm/marketing';
import {
  EventProbe,
  errorOf,
  ok,
  person,
  sender,
  startPlatform,
  tokenFor,
  waitFor,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';
import { ManualClock } from '@crm/scheduler';
import { EventPublisher } from '@crm/testing';
import { restartMarketing } from './support/marketing-under-test';
import { survivorsOf } from '../src/data/customer-profile.repository';

const EVENTS: EventType[] = [
  'crm.marketing.journey.published',
  'crm.marketing.journey.entered',
  'crm.marketing.journey.step_completed',
  'crm.marketing.journey.exited',
  'crm.marketing.journey.follow_up_requested',
  'crm.sales.activity.scheduled',
];
const RUNNER = 'marketing.journey-runner';
const HOUR = 3_600_000;

const CREATE_JOURNEY = `mutation ($input: JourneyInput!) { createJourney(input: $input) { id version } }`;
const PUBLISH = `mutation ($id: ID!, $version: Int!) { publishJourney(id: $id, version: $version) { id version liveVersion status } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: JourneyInput!) { updateJourney(id: $id, version: $version, input: $input) { id version } }`;
const STATS = `query ($id: ID!) { journey(id: $id) { stats { entered running completed exited steps { version stepId completed } } } }`;

type JourneyRef = { id: string; version: number };

describe('automation journeys: trigger, steps on the scheduler, versions, stats (issue 13 §3)', () => {
  let platform: TestPlatform;
  let marketing: RunningMarketing;
  let catcher: MailCatcher;
  let probe: EventProbe;
  let admin: Send;
  let marketer: Send;
  let templateId: string;
  let listId: string;
  const tomorrow = new Date(Date.now() + 24 * HOUR).toISOString().slice(0, 10);
  const clock = new ManualClock(new Date(`${tomorrow}T10:00:00.000Z`));

  beforeAll(async () => {
    platform = await startPlatform();
    catcher = await startMailCatcher({ logger: createLogger('journey-test-mailbox', 'error') });
    marketing = await restartMarketing(platform, {
      clock,
      env: { SMTP_HOST: catcher.host, SMTP_PORT: String(catcher.port) },
    });
    probe = await EventProbe.start([...new Set(EVENTS.map((type) => topicOf(type)))]);
    admin = sender(platform.gatewayUrl, await tokenFor(person(['ADMIN'])));
    marketer = sender(platform.gatewayUrl, await tokenFor(person(['MARKETER'])));
    ({
      createMessageTemplate: { id: templateId },
    } = await ok(
      marketer<{ createMessageTemplate: { id: string } }>(
        `mutation { createMessageTemplate(input: { name: "Welcome", channel: EMAIL, subject: "Welcome {{customerName}}", textBody: "Hello {{customerName}}" }) { id } }`,
      ),
    ));
    ({
      createSegment: { id: listId },
    } = await ok(
      marketer<{ createSegment: { id: string } }>(
        'mutation { createSegment(input: { name: "Welcomed, no order", kind: STATIC }) { id } }',
      ),
    ));
  });
  afterAll(async () => {
    await probe?.stop();
    await catcher?.stop();
    await platform?.stop();
  });

  const events = (type: EventType, match: (data: Record<string, unknown>) => boolean) =>
    probe.messages
      .map((message) => JSON.parse(message.value))
      .filter((event) => event.type === type && match(event.data));

  const runRunner = async () => {
    const id = await marketing.jobs.runNow(RUNNER);
    await marketing.jobs.waitForRun(RUNNER, id);
  };

  const welcomeSteps = () => [
    { id: 'welcome', kind: 'SEND', templateId },
    { id: 'wait-3-days', kind: 'WAIT', hours: 72 },
    {
      id: 'ordered',
      kind: 'BRANCH',
      rule: { field: 'orderCount', operator: 'gte', value: 1 },
      then: 'END',
      else: 'remember',
    },
    { id: 'remember', kind: 'ADD_TO_LIST', segmentId: listId },
    { id: 'owner-call', kind: 'FOLLOW_UP', note: 'No order after the welcome', dueInDays: 1 },
  ];

  /** A consenting customer; the journey triggered by customer.created has entered them. */
  async function customerEntering(name: string, email: string, journeyId: string): Promise<string> {
    const { createCustomer } = await ok(
      admin<{ createCustomer: { id: string } }>(
        'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
        { input: { kind: 'PERSON', name, email } },
      ),
    );
    await ok(
      admin(
        'mutation ($id: ID!) { setConsent(customerId: $id, channel: EMAIL, granted: true, source: "WEB_FORM") { id } }',
        { id: createCustomer.id },
      ),
    );
    await waitFor(async () => {
      const [profile] = await marketing.dataSource.query(
        'SELECT email_consent FROM customer_profiles WHERE customer_id = $1',
        [createCustomer.id],
      );
      expect(profile?.email_consent).toBe(true);
      expect(
        events(
          'crm.marketing.journey.entered',
          (data) => data.customerId === createCustomer.id && data.journeyId === journeyId,
        ),
      ).toHaveLength(1);
    });
    return createCustomer.id;
  }

  it('takes a new customer through send, wait, branch, list and follow-up, once, and counts each step', async () => {
    const { createJourney } = await ok(
      marketer<{ createJourney: JourneyRef }>(CREATE_JOURNEY, {
        input: {
          name: 'Welcome series',
          definition: {
            trigger: { kind: 'EVENT', eventType: 'crm.customer.customer.created' },
            steps: welcomeSteps(),
          },
        },
      }),
    );
    const { publishJourney } = await ok(
      marketer<{ publishJourney: JourneyRef & { liveVersion: number } }>(PUBLISH, createJourney),
    );
    expect(publishJourney).toMatchObject({ liveVersion: 1, status: 'ACTIVE' });
    const customerId = await customerEntering('Journey Jo', 'jo.journey@example.com', createJourney.id);

    await runRunner();
    const mail = await catcher.waitForMail((caught) => caught.recipients.includes('jo.journey@example.com'));
    expect(mail.mail.subject).toBe('Welcome Journey Jo');
    const ofJo = (type: EventType) => events(type, (data) => data.customerId === customerId);
    await waitFor(() =>
      expect(ofJo('crm.marketing.journey.step_completed').map((event) => event.data.stepId)).toEqual([
        'welcome',
      ]),
    );

    // Before the wait is over nothing moves; after it, the rest runs to the end.
    await runRunner();
    clock.advance(73 * HOUR);
    await runRunner();
    await runRunner();
    await waitFor(() => {
      expect(
        ofJo('crm.marketing.journey.step_completed').map((event) => [event.data.stepId, event.data.outcome]),
      ).toEqual([
        ['welcome', expect.stringMatching(/SENT|QUEUED/)],
        ['wait-3-days', 'waited 72 h'],
        ['ordered', 'else'],
        ['remember', 'added'],
        ['owner-call', 'follow-up requested'],
      ]);
      expect(ofJo('crm.marketing.journey.exited').map((event) => event.data.reason)).toEqual(['COMPLETED']);
    });
    expect(
      catcher.mails.filter((caught) => caught.recipients.includes('jo.journey@example.com')),
    ).toHaveLength(1);
    // Sales turned the follow-up into a to-do on the customer.
    await waitFor(() =>
      expect(ofJo('crm.sales.activity.scheduled').map((event) => event.data.type)).toEqual(['TODO']),
    );
    const { segment } = await ok(
      marketer<{ segment: { size: number } }>('query ($id: ID!) { segment(id: $id) { size } }', {
        id: listId,
      }),
    );
    expect(segment.size).toBeGreaterThanOrEqual(1);
    const { journey } = await ok(
      marketer<{ journey: { stats: Record<string, unknown> } }>(STATS, { id: createJourney.id }),
    );
    expect(journey.stats).toMatchObject({ entered: 1, running: 0, completed: 1, exited: 0 });
    expect(journey.stats.steps).toHaveLength(5);
  });

  it('lets running customers finish on their version while new ones enter the next', async () => {
    const { createJourney } = await ok(
      marketer<{ createJourney: JourneyRef }>(CREATE_JOURNEY, {
        input: {
          name: 'Versioned',
          definition: {
            trigger: { kind: 'SEGMENT_ENTERED', segmentId: listId },
            steps: [
              { id: 'pause', kind: 'WAIT', hours: 1 },
              { id: 'call', kind: 'FOLLOW_UP', note: 'Version one', dueInDays: 0 },
            ],
          },
        },
      }),
    );
    const live = (await ok(marketer<{ publishJourney: JourneyRef }>(PUBLISH, createJourney))).publishJourney;
    const first = await ok(
      admin<{ createCustomer: { id: string } }>(
        'mutation { createCustomer(input: { kind: PERSON, name: "Early Eve" }) { id } }',
      ),
    );
    await ok(
      marketer(
        'mutation ($id: ID!, $ids: [ID!]!) { addToStaticList(segmentId: $id, customerIds: $ids) { id } }',
        {
          id: listId,
          ids: [first.createCustomer.id],
        },
      ),
    );
    await waitFor(() =>
      expect(
        events(
          'crm.marketing.journey.entered',
          (data) => data.customerId === first.createCustomer.id && data.journeyId === createJourney.id,
        ),
      ).toHaveLength(1),
    );
    await runRunner();

    const edited = await ok(
      marketer<{ updateJourney: JourneyRef }>(UPDATE, {
        ...live,
        input: {
          name: 'Versioned',
          definition: {
            trigger: { kind: 'SEGMENT_ENTERED', segmentId: listId },
            steps: [{ id: 'exit-now', kind: 'EXIT' }],
          },
        },
      }),
    );
    await ok(marketer(PUBLISH, edited.updateJourney));
    clock.advance(2 * HOUR);
    await runRunner();
    await waitFor(() => {
      const steps = events(
        'crm.marketing.journey.step_completed',
        (data) => data.customerId === first.createCustomer.id && data.journeyId === createJourney.id,
      );
      expect(steps.map((event) => [event.data.journeyVersion, event.data.stepId])).toEqual([
        [1, 'pause'],
        [1, 'call'],
      ]);
    });
  });

  it('starts journeys on a birthday, on a schedule and on a churn risk, each customer once per occurrence', async () => {
    const monthDay = clock.now().toISOString().slice(5, 10);
    const createPerson = async (name: string, birthDate: string) =>
      (
        await ok(
          admin<{ createCustomer: { id: string } }>(
            'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
            { input: { kind: 'PERSON', name, birthDate } },
          ),
        )
      ).createCustomer.id;
    const birthdayChild = await createPerson('Birthday child', `1990-${monthDay}`);
    const otherDay = monthDay === '01-01' ? '1990-06-15' : '1990-01-01';
    const notToday = await createPerson('Not today', otherDay);
    await waitFor(async () => {
      const rows: unknown[] = await marketing.dataSource.query(
        'SELECT 1 FROM customer_profiles WHERE customer_id = ANY($1) AND birth_date IS NOT NULL',
        [[birthdayChild, notToday]],
      );
      expect(rows).toHaveLength(2);
    });
    const { createSegment: list } = await ok(
      marketer<{ createSegment: { id: string } }>(
        'mutation { createSegment(input: { name: "Monthly newsletter readers", kind: STATIC }) { id } }',
      ),
    );
    await ok(
      marketer(
        'mutation ($id: ID!, $ids: [ID!]!) { addToStaticList(segmentId: $id, customerIds: $ids) { id } }',
        {
          id: list.id,
          ids: [notToday],
        },
      ),
    );
    const journeyOn = async (name: string, trigger: object) => {
      const { createJourney } = await ok(
        marketer<{ createJourney: JourneyRef }>(CREATE_JOURNEY, {
          input: { name, definition: { trigger, steps: [{ id: 'done', kind: 'EXIT' }] } },
        }),
      );
      await ok(marketer(PUBLISH, createJourney));
      return createJourney.id;
    };
    const birthday = await journeyOn('Birthday', { kind: 'DATE', field: 'BIRTH_DATE', timeZone: 'UTC' });
    const newsletter = await journeyOn('Hourly digest', {
      kind: 'SCHEDULE',
      cron: '0 * * * *',
      segmentId: list.id,
    });
    const winBack = await journeyOn('Win-back', {
      kind: 'EVENT',
      eventType: 'crm.analytics.customer.churn_risk_detected',
    });
    // This test's customers only: other files' customers may have their birthday on the clock's day too.
    const entered = async (journeyId: string) =>
      (
        await marketing.dataSource.query(
          'SELECT customer_id FROM journey_runs WHERE journey_id = $1 AND customer_id = ANY($2) ORDER BY entered_at',
          [journeyId, [birthdayChild, notToday]],
        )
      ).map((row: { customer_id: string }) => row.customer_id);

    await runRunner();
    await runRunner();
    expect(await entered(birthday)).toEqual([birthdayChild]);
    // The schedule's slot before its publication is not its own: it starts with the next one.
    expect(await entered(newsletter)).toEqual([]);
    clock.advance(HOUR);
    await runRunner();
    await runRunner();
    expect(await entered(birthday)).toEqual([birthdayChild]);
    expect(await entered(newsletter)).toEqual([notToday]);
    clock.advance(HOUR);
    await runRunner();
    expect(await entered(newsletter)).toEqual([notToday, notToday]);

    const publisher = await EventPublisher.start();
    try {
      await publisher.publish(
        buildEvent('crm.analytics.customer.churn_risk_detected', {
          subject: notToday,
          actor: SYSTEM_ACTOR,
          data: {
            customerId: notToday,
            score: 0.8,
            threshold: 0.7,
            reasons: [{ signal: 'SILENCE', contribution: 0.8, detail: 'No contact for 200 days' }],
            detectedAt: clock.now().toISOString(),
          },
        }),
      );
    } finally {
      await publisher.stop();
    }
    await waitFor(async () => expect(await entered(winBack)).toEqual([notToday]));
    for (const id of [birthday, newsletter, winBack]) {
      const { journey } = await ok(
        marketer<{ journey: JourneyRef }>('query ($id: ID!) { journey(id: $id) { id version } }', { id }),
      );
      await ok(
        marketer(
          'mutation ($id: ID!, $version: Int!) { archiveJourney(id: $id, version: $version) { id } }',
          journey,
        ),
      );
    }
  });

  it("hands a merged customer's runs to the survivor, keeping one run per journey", async () => {
    const createJourneyOn = async (name: string, trigger: object) => {
      const { createJourney } = await ok(
        marketer<{ createJourney: JourneyRef }>(CREATE_JOURNEY, {
          input: { name, definition: { trigger, steps: [{ id: 'wait', kind: 'WAIT', hours: 1 }] } },
        }),
      );
      await ok(marketer(PUBLISH, createJourney));
      return createJourney.id;
    };
    const { createSegment: list } = await ok(
      marketer<{ createSegment: { id: string } }>(
        'mutation { createSegment(input: { name: "Merge list", kind: STATIC }) { id } }',
      ),
    );
    const everyone = await createJourneyOn('Everyone waits', {
      kind: 'EVENT',
      eventType: 'crm.customer.customer.created',
    });
    const listed = await createJourneyOn('Listed wait', { kind: 'SEGMENT_ENTERED', segmentId: list.id });
    const survivor = await customerEntering('Survivor Sue', 'sue.merge@example.com', everyone);
    const merged = await customerEntering('Merged Max', 'max.merge@example.com', everyone);
    await ok(
      marketer(
        'mutation ($id: ID!, $ids: [ID!]!) { addToStaticList(segmentId: $id, customerIds: $ids) { id } }',
        {
          id: list.id,
          ids: [merged],
        },
      ),
    );
    await waitFor(async () =>
      expect(events('crm.marketing.journey.entered', (data) => data.journeyId === listed)).toHaveLength(1),
    );
    await ok(
      admin('mutation ($s: ID!, $m: [ID!]!) { mergeCustomers(survivorId: $s, mergedIds: $m) { id } }', {
        s: survivor,
        m: [merged],
      }),
    );
    await waitFor(async () => {
      const runs: { journey_id: string; customer_id: string; status: string }[] =
        await marketing.dataSource.query(
          'SELECT journey_id, customer_id, status FROM journey_runs WHERE journey_id = ANY($1) ORDER BY journey_id, status',
          [[everyone, listed]],
        );
      expect(runs).toEqual(
        expect.arrayContaining([
          { journey_id: everyone, customer_id: survivor, status: 'RUNNING' },
          { journey_id: everyone, customer_id: merged, status: 'EXITED' },
          { journey_id: listed, customer_id: survivor, status: 'RUNNING' },
        ]),
      );
      expect(runs.filter((run) => run.status === 'RUNNING' && run.customer_id === merged)).toEqual([]);
    });
    // Ids are followed along merge chains, in one query for a whole trigger's customers.
    const [first, second, third] = [randomUUID(), randomUUID(), randomUUID()];
    await marketing.dataSource.query(
      `INSERT INTO customer_profile_merges (merged_id, survivor_id, merged_at)
       VALUES ($1, $2, now()), ($2, $3, now())`,
      [first, second, third],
    );
    expect(await survivorsOf(marketing.dataSource.manager, [merged, first, survivor, second])).toEqual([
      survivor,
      third,
      survivor,
      third,
    ]);
    // The relay publishes after the commit the rows above show: the event may still be on its way.
    await waitFor(async () =>
      expect(
        events(
          'crm.marketing.journey.exited',
          (data) => data.customerId === merged && data.journeyId === everyone,
        ),
      ).toEqual([expect.objectContaining({ data: expect.objectContaining({ reason: 'CUSTOMER_MERGED' }) })]),
    );
    for (const id of [everyone, listed]) {
      const { journey } = await ok(
        marketer<{ journey: JourneyRef }>('query ($id: ID!) { journey(id: $id) { id version } }', { id }),
      );
      await ok(
        marketer(
          'mutation ($id: ID!, $version: Int!) { archiveJourney(id: $id, version: $version) { id } }',
          journey,
        ),
      );
    }
  });

  it('refuses a bad definition with the path of the bad node, and a sales rep cannot write journeys', async () => {
    const bad = await marketer(CREATE_JOURNEY, {
      input: {
        name: 'Broken',
        definition: {
          trigger: { kind: 'EVENT', eventType: 'crm.customer.customer.created' },
          steps: [
            {
              id: 'branch',
              kind: 'BRANCH',
              rule: { field: 'tier', operator: 'eq', value: 'A' },
              then: 'nowhere',
              else: 'END',
            },
          ],
        },
      },
    });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.definition.steps[0].then' });
    const rep = sender(platform.gatewayUrl, await tokenFor(person(['SALES_REP'])));
    const denied = await rep(CREATE_JOURNEY, { input: { name: 'x', definition: {} } });
    expect(errorOf(denied)).toMatchObject({ code: 'FORBIDDEN' });
    const { journeyTemplates } = await ok(
      marketer<{ journeyTemplates: { key: string }[] }>('{ journeyTemplates { key } }'),
    );
    expect(journeyTemplates.map((template) => template.key)).toContain('win-back');
  });
});
