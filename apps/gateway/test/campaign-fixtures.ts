import { randomUUID } from 'node:crypto';
import type { TestPlatform } from '@crm/platform-testing';

/**
 * Campaigns of one caller for the authorization matrix's campaign rows: each mutating row gets its
 * own campaign (or member) in the status it starts from, so rows never disturb each other.
 */
export interface CampaignFixture {
  /** DRAFT, no start date. */
  toUpdate: string;
  /** DRAFT with a start date. */
  toSchedule: string;
  toCancel: string;
  /** ACTIVE (started by the calendar job). */
  toComplete: string;
  /** SCHEDULED, with two members. */
  scheduled: string;
  memberToMove: string;
  memberToAnswer: string;
}

type Send = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** The marketing subgraph's scheduler as the test platform starts it (gateway tests import no app). */
interface WithJobs {
  jobs: { runNow(name: string): Promise<string>; waitForRun(name: string, id: string): Promise<unknown> };
}
const CAMPAIGN_CALENDAR_JOB = 'marketing.campaign-calendar';

const CREATE = `mutation ($startsOn: LocalDate) { createCampaign(input: { name: "Matrix", startsOn: $startsOn }) { id } }`;
const SCHEDULE = `mutation ($id: ID!) { scheduleCampaign(id: $id) { id } }`;
const ADD = `mutation ($id: ID!, $members: [CampaignMemberInput!]!) { addCampaignMembers(campaignId: $id, members: $members) { addedCount } }`;
const MEMBERS = `query ($id: ID!) { campaign(id: $id) { members(first: 2) { edges { node { id } } } } }`;
const STATUS = `query ($id: ID!) { campaign(id: $id) { status } }`;

/** Made by an admin; the ACTIVE campaign is started by running the calendar job (its start day is past). */
export async function createCampaignFixture(send: Send, platform: TestPlatform): Promise<CampaignFixture> {
  const campaign = async (startsOn: string | null = null) =>
    (await send<{ createCampaign: { id: string } }>(CREATE, { startsOn })).createCampaign.id;
  const scheduled = async () => {
    const id = await campaign('2026-01-01');
    await send(SCHEDULE, { id });
    return id;
  };
  const toComplete = await scheduled();
  const marketing = platform.subgraphs.marketing as unknown as WithJobs;
  await marketing.jobs.waitForRun(CAMPAIGN_CALENDAR_JOB, await marketing.jobs.runNow(CAMPAIGN_CALENDAR_JOB));
  const { campaign: started } = await send<{ campaign: { status: string } }>(STATUS, { id: toComplete });
  if (started.status !== 'ACTIVE')
    throw new Error(`the calendar left campaign ${toComplete} ${started.status}`);
  const withMembers = await scheduled();
  await send(ADD, { id: withMembers, members: [{ customerId: randomUUID() }, { customerId: randomUUID() }] });
  const { campaign: listed } = await send<{ campaign: { members: { edges: { node: { id: string } }[] } } }>(
    MEMBERS,
    { id: withMembers },
  );
  const [memberToMove, memberToAnswer] = listed.members.edges.map((edge) => edge.node.id);
  return {
    toUpdate: await campaign(),
    toSchedule: await campaign('2099-01-01'),
    toCancel: await campaign(),
    toComplete,
    scheduled: withMembers,
    memberToMove,
    memberToAnswer,
  };
}
