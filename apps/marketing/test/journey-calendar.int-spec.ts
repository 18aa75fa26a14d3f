import type { RunningMarketing } from '@crm/marketing';
import {
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
import { restartMarketing } from './support/marketing-under-test';

/** Issue 13: when calendar journeys take their customers in, under the test clock. */
const RUNNER = 'marketing.journey-runner';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const CREATE_JOURNEY = `mutation ($input: JourneyInput!) { createJourney(input: $input) { id version } }`;
const PUBLISH = `mutation ($id: ID!, $version: Int!) { publishJourney(id: $id, version: $version) { id } }`;
const CREATE_PERSON = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id version } }`;
const UPDATE_CUSTOMER = `mutation ($id: ID!, $version: Int!, $birthDate: String!) {
  updateCustomer(id: $id, version: $version, input: { birthDate: $birthDate }) { id } }`;

type Ref = { id: string; version: number };

describe('calendar journeys: a schedule starts after publication, a late birth date still celebrates', () => {
  let platform: TestPlatform;
  let marketing: RunningMarketing;
  let admin: Send;
  let marketer: Send;
  // Half past ten tomorrow (UTC): past the 10:00 slot of an hourly schedule, mid-day for birthdays.
  const day = new Date(Date.now() + DAY).toISOString().slice(0, 10);
  const clock = new ManualClock(new Date(`${day}T10:30:00.000Z`));

  beforeAll(async () => {
    platform = await startPlatform();
    marketing = await restartMarketing(platform, { clock });
    admin = sender(platform.gatewayUrl, await tokenFor(person(['ADMIN'])));
    marketer = sender(platform.gatewayUrl, await tokenFor(person(['MARKETER'])));
  });
  afterAll(() => platform?.stop());

  const runRunner = async () => {
    const id = await marketing.jobs.runNow(RUNNER);
    await marketing.jobs.waitForRun(RUNNER, id);
  };
  const journeyOn = async (name: string, trigger: object) => {
    const { createJourney } = await ok(
      marketer<{ createJourney: Ref }>(CREATE_JOURNEY, {
        input: { name, definition: { trigger, steps: [{ id: 'done', kind: 'EXIT' }] } },
      }),
    );
    await ok(marketer(PUBLISH, createJourney));
    return createJourney.id;
  };
  /** Who entered the journey, for which occurrence (by occurrence, then customer id). */
  const runsOf = async (journeyId: string): Promise<[string, string][]> =>
    (
      await marketing.dataSource.query(
        'SELECT customer_id, occurrence FROM journey_runs WHERE journey_id = $1 ORDER BY occurrence, customer_id',
        [journeyId],
      )
    ).map((row: { customer_id: string; occurrence: string }) => [row.customer_id, row.occurrence]);
  const createPerson = async (name: string, birthDate?: string) =>
    (await ok(admin<{ createCustomer: Ref }>(CREATE_PERSON, { input: { kind: 'PERSON', name, birthDate } })))
      .createCustomer;
  const profileHas = (customerId: string, birthDate: string | null) =>
    waitFor(async () => {
      const [row] = await marketing.dataSource.query(
        `SELECT to_char(birth_date, 'YYYY-MM-DD') AS birth_date FROM customer_profiles WHERE customer_id = $1`,
        [customerId],
      );
      expect(row?.birth_date ?? null).toBe(birthDate);
    });

  it('enters a schedule journey’s segment at the first slot after publication, not the one before it', async () => {
    const reader = await createPerson('Digest reader');
    const { createSegment: list } = await ok(
      marketer<{ createSegment: { id: string } }>(
        'mutation { createSegment(input: { name: "Hourly digest readers", kind: STATIC }) { id } }',
      ),
    );
    await ok(
      marketer(
        'mutation ($id: ID!, $ids: [ID!]!) { addToStaticList(segmentId: $id, customerIds: $ids) { id } }',
        {
          id: list.id,
          ids: [reader.id],
        },
      ),
    );
    const digest = await journeyOn('Hourly digest', {
      kind: 'SCHEDULE',
      cron: '0 * * * *',
      segmentId: list.id,
    });

    await runRunner();
    expect(await runsOf(digest)).toEqual([]);
    clock.advance(HOUR / 2); // 11:00, the first slot after publication
    await runRunner();
    await runRunner();
    expect(await runsOf(digest)).toEqual([[reader.id, `${day}T11:00:00.000Z`]]);
    clock.advance(HOUR);
    await runRunner();
    expect(await runsOf(digest)).toEqual([
      [reader.id, `${day}T11:00:00.000Z`],
      [reader.id, `${day}T12:00:00.000Z`],
    ]);
  });

  it('enters a customer whose birth date arrives after the day’s pass, once per birthday, also within the look-ahead', async () => {
    const monthDay = clock.now().toISOString().slice(5, 10);
    const inDays = (days: number) => new Date(clock.now().getTime() + days * DAY).toISOString().slice(5, 10);
    const onTheDay = await journeyOn('Birthday', { kind: 'DATE', field: 'BIRTH_DATE', timeZone: 'UTC' });
    const weekAhead = await journeyOn('Birthday next week', {
      kind: 'DATE',
      field: 'BIRTH_DATE',
      timeZone: 'UTC',
      daysBefore: 7,
    });
    await runRunner(); // the day's pass: nobody known has a birthday today or in seven days

    const bornToday = await createPerson('Born today, told late', `1990-${monthDay}`);
    const laterToday = await createPerson('Birth date added later');
    const inThreeDays = await createPerson('Birthday in three days', `1985-${inDays(3)}`);
    const otherDay = await createPerson('Birthday in a month', `1985-${inDays(30)}`);
    await profileHas(laterToday.id, null);
    await ok(admin(UPDATE_CUSTOMER, { ...laterToday, birthDate: `1970-${monthDay}` }));
    await profileHas(laterToday.id, `1970-${monthDay}`);
    await profileHas(otherDay.id, `1985-${inDays(30)}`);

    // Entered as their birth date arrived, under the occurrence of the pass they missed.
    const daysAgo = (days: number) => new Date(Date.parse(day) - days * DAY).toISOString().slice(0, 10);
    const celebrated = [bornToday.id, laterToday.id].sort().map((id) => [id, day]);
    // Week ahead: today's birthdays were due at the pass seven days ago, the one in three days four days ago.
    const celebratedAhead = [
      ...[bornToday.id, laterToday.id].sort().map((id) => [id, daysAgo(7)]),
      [inThreeDays.id, daysAgo(4)],
    ];
    await waitFor(async () => {
      expect(await runsOf(onTheDay)).toEqual(celebrated);
      expect(await runsOf(weekAhead)).toEqual(celebratedAhead);
    });
    await runRunner(); // the runs take their EXIT step: nobody runs the journeys any more
    await runRunner();
    // A birth date given again, and the day's next pass, enter nobody a second time for the same birthday.
    await ok(admin(UPDATE_CUSTOMER, { ...bornToday, birthDate: `1991-${monthDay}` }));
    await profileHas(bornToday.id, `1991-${monthDay}`);
    clock.advance(HOUR);
    await runRunner();
    expect(await runsOf(onTheDay)).toEqual(celebrated);
    expect(await runsOf(weekAhead)).toEqual(celebratedAhead);
  });
});
