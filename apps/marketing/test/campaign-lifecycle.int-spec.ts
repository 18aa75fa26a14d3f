import { parseEvent, topicOf, type AnyCloudEvent } from '@crm/events';
import type { RunningMarketing } from '@crm/marketing';
import {
  errorOf,
  EventProbe,
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
import { CAMPAIGN_CALENDAR_JOB } from '../src/jobs/campaign-calendar.job';
import { restartMarketing } from './support/marketing-under-test';

/** Issue 13 §1: DRAFT → SCHEDULED → ACTIVE → COMPLETED / CANCELLED through the gateway, the calendar on the test clock. */
const LIFECYCLE_EVENTS = [
  'crm.marketing.campaign.created',
  'crm.marketing.campaign.updated',
  'crm.marketing.campaign.scheduled',
  'crm.marketing.campaign.started',
  'crm.marketing.campaign.completed',
  'crm.marketing.campaign.cancelled',
] as const;

const FIELDS =
  'id name status startsOn endsOn channels description cancellationReason budget { amount currency } version';
const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int, $input: UpdateCampaignInput!) {
  updateCampaign(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const SCHEDULE = `mutation ($id: ID!, $version: Int) { scheduleCampaign(id: $id, version: $version) { ${FIELDS} } }`;
const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelCampaign(id: $id, reason: $reason) { ${FIELDS} } }`;
const COMPLETE = `mutation ($id: ID!) { completeCampaign(id: $id) { ${FIELDS} } }`;
const STATUS = `query ($id: ID!) { campaign(id: $id) { status version } }`;

interface CampaignView {
  id: string;
  status: string;
  version: number;
  channels: string[];
  startsOn: string | null;
  endsOn: string | null;
  cancellationReason: string | null;
  budget: { amount: string; currency: string } | null;
}

describe('the campaign lifecycle through the gateway', () => {
  let platform: TestPlatform;
  let marketing: RunningMarketing;
  let probe: EventProbe;
  let marketer: Send;
  let analyst: Send;
  const clock = new ManualClock('2027-02-27T12:00:00.000Z');

  beforeAll(async () => {
    platform = await startPlatform();
    marketing = await restartMarketing(platform, { clock });
    probe = await EventProbe.start([topicOf('crm.marketing.campaign.created')]);
    marketer = sender(platform.gatewayUrl, await tokenFor(person(['MARKETER'])));
    analyst = sender(platform.gatewayUrl, await tokenFor(person(['ANALYST'])));
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  const create = async (input: Record<string, unknown>) =>
    (await ok(marketer<{ createCampaign: CampaignView }>(CREATE, { input }))).createCampaign;
  const statusOf = async (id: string) =>
    (await ok(analyst<{ campaign: { status: string; version: number } }>(STATUS, { id }))).campaign;

  /** One run of the calendar job at the test clock's time. */
  async function runCalendarAt(at: string): Promise<void> {
    clock.set(at);
    const jobId = await marketing.jobs.runNow(CAMPAIGN_CALENDAR_JOB);
    await marketing.jobs.waitForRun(CAMPAIGN_CALENDAR_JOB, jobId);
  }

  /** The events of `type` about the campaign marketing meant to publish: its outbox. */
  async function written(type: string, campaignId: string): Promise<AnyCloudEvent[]> {
    const rows: { payload: unknown }[] = await marketing.dataSource.query(
      'SELECT payload FROM outbox WHERE event_type = $1 AND message_key = $2 ORDER BY position',
      [type, campaignId],
    );
    return rows.map((row) => parseEvent(JSON.stringify(row.payload)));
  }

  const onKafka = (campaignId: string, types: readonly string[]) =>
    waitFor(() => {
      const seen = probe.messages.map((m) => parseEvent(m.value)).filter((e) => e.subject === campaignId);
      for (const type of types)
        if (!seen.some((event) => event.type === type))
          throw new Error(`no ${type} for ${campaignId} on Kafka yet`);
      return seen;
    });

  it('plans, schedules, starts on its start day and completes after its last day, once each', async () => {
    const draft = await create({ name: 'Spring fair', channels: ['EVENT', 'EMAIL'] });
    expect(draft).toMatchObject({ status: 'DRAFT', channels: ['EMAIL', 'EVENT'], version: 1 });

    const noStart = await marketer(SCHEDULE, { id: draft.id });
    expect(errorOf(noStart)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

    const planned = (
      await ok(
        marketer<{ updateCampaign: CampaignView }>(UPDATE, {
          id: draft.id,
          version: 1,
          input: {
            startsOn: '2027-03-01',
            endsOn: '2027-03-31',
            budgetAmount: '5000',
            budgetCurrency: 'EUR',
          },
        }),
      )
    ).updateCampaign;
    expect(planned).toMatchObject({ version: 2, startsOn: '2027-03-01', budget: { amount: '5000.00' } });

    const stale = await marketer(SCHEDULE, { id: draft.id, version: 1 });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT' });
    const scheduled = (
      await ok(marketer<{ scheduleCampaign: CampaignView }>(SCHEDULE, { id: draft.id, version: 2 }))
    ).scheduleCampaign;
    expect(scheduled.status).toBe('SCHEDULED');

    await runCalendarAt('2027-02-28T23:59:00.000Z');
    expect((await statusOf(draft.id)).status).toBe('SCHEDULED');
    await runCalendarAt('2027-03-01T00:01:00.000Z');
    expect((await statusOf(draft.id)).status).toBe('ACTIVE');
    await runCalendarAt('2027-03-01T00:02:00.000Z');
    await runCalendarAt('2027-03-31T23:59:00.000Z');
    expect((await statusOf(draft.id)).status).toBe('ACTIVE');
    await runCalendarAt('2027-04-01T00:01:00.000Z');
    expect(await statusOf(draft.id)).toEqual({ status: 'COMPLETED', version: 5 });
    await runCalendarAt('2027-04-01T00:02:00.000Z');

    expect(await written('crm.marketing.campaign.started', draft.id)).toHaveLength(1);
    const [completed] = await written('crm.marketing.campaign.completed', draft.id);
    expect(completed.data).toMatchObject({ completedBy: 'AUTOMATIC', endsOn: '2027-03-31' });
    expect(await written('crm.marketing.campaign.completed', draft.id)).toHaveLength(1);
    const events = await onKafka(draft.id, LIFECYCLE_EVENTS.slice(0, 5));
    expect(events.map((event) => event.type)).toEqual([
      'crm.marketing.campaign.created',
      'crm.marketing.campaign.updated',
      'crm.marketing.campaign.scheduled',
      'crm.marketing.campaign.started',
      'crm.marketing.campaign.completed',
    ]);
    expect(events[1].data).toMatchObject({
      changedFields: ['budgetAmount', 'budgetCurrency', 'startsOn', 'endsOn'],
    });

    const afterwards = await marketer(UPDATE, { id: draft.id, input: { name: 'Later' } });
    expect(errorOf(afterwards)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('starts and completes a campaign whose whole period passed in one run', async () => {
    const campaign = await create({ name: 'Flash sale', startsOn: '2027-05-01', endsOn: '2027-05-01' });
    await ok(marketer(SCHEDULE, { id: campaign.id }));
    await runCalendarAt('2027-05-03T08:00:00.000Z');
    expect((await statusOf(campaign.id)).status).toBe('COMPLETED');
  });

  it('cancels with a reason, and completes by hand, each only where the lifecycle allows', async () => {
    const campaign = await create({ name: 'Webinar', startsOn: '2027-06-01' });
    await ok(marketer(SCHEDULE, { id: campaign.id }));
    expect(errorOf(await marketer(COMPLETE, { id: campaign.id }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
    expect(errorOf(await marketer(CANCEL, { id: campaign.id, reason: ' ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const cancelled = (
      await ok(marketer<{ cancelCampaign: CampaignView }>(CANCEL, { id: campaign.id, reason: 'Speaker ill' }))
    ).cancelCampaign;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Speaker ill' });
    await runCalendarAt('2027-06-02T00:00:00.000Z');
    expect((await statusOf(campaign.id)).status).toBe('CANCELLED');
    expect(errorOf(await marketer(CANCEL, { id: campaign.id, reason: 'again' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });

    const manual = await create({ name: 'Open ended', startsOn: '2027-06-01' });
    await ok(marketer(SCHEDULE, { id: manual.id }));
    await runCalendarAt('2027-06-03T00:00:00.000Z');
    expect(
      (await ok(marketer<{ completeCampaign: CampaignView }>(COMPLETE, { id: manual.id }))).completeCampaign
        .status,
    ).toBe('COMPLETED');
    const [completed] = await written('crm.marketing.campaign.completed', manual.id);
    expect(completed.data).toMatchObject({ completedBy: 'MANUAL', endsOn: null });
    const cancelledOnKafka = await onKafka(campaign.id, ['crm.marketing.campaign.cancelled']);
    expect(
      cancelledOnKafka.find((event) => event.type === 'crm.marketing.campaign.cancelled')?.data,
    ).toMatchObject({
      previousStatus: 'SCHEDULED',
      reason: 'Speaker ill',
    });
  });

  it('refuses bad plans on the field and lets only writers change campaigns', async () => {
    const campaign = await create({ name: 'Checks', startsOn: '2027-07-01', endsOn: '2027-07-10' });
    for (const [input, field] of [
      [{ endsOn: '2027-06-01' }, 'input.endsOn'],
      [{ budgetAmount: '10' }, 'input.budgetCurrency'],
      [{ budgetAmount: '1.00001', budgetCurrency: 'EUR' }, 'input.budgetAmount'],
      [{ name: '' }, 'input.name'],
    ] as const) {
      expect(errorOf(await marketer(UPDATE, { id: campaign.id, input }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    expect(errorOf(await marketer(UPDATE, { id: 'nope', input: {} }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
    expect(errorOf(await analyst(SCHEDULE, { id: campaign.id }))).toMatchObject({ code: 'FORBIDDEN' });
    expect((await statusOf(campaign.id)).status).toBe('DRAFT');
  });
});
