import { parseEvent } from '@crm/events';
import { ok, waitFor, type EventProbe, type Send } from '@crm/platform-testing';

/** The campaign operations the campaign tests send through the gateway, and helpers over them. */
export const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`;
export const SCHEDULE = `mutation ($id: ID!) { scheduleCampaign(id: $id) { status } }`;
export const COST = `mutation ($campaignId: ID!, $input: CampaignCostInput!) {
  recordCampaignCost(campaignId: $campaignId, input: $input) {
    cost { id spentOn category amount { amount currency } note }
    campaign { totalCost { amount currency } overBudget }
    warnings
  } }`;
export const ADD = `mutation ($campaignId: ID!, $members: [CampaignMemberInput!]!) {
  addCampaignMembers(campaignId: $campaignId, members: $members) { addedCount ignoredCount campaign { id } } }`;
export const MOVE = `mutation ($memberId: ID!, $status: CampaignMemberStatus!, $version: Int) {
  setCampaignMemberStatus(memberId: $memberId, status: $status, version: $version) { id status version } }`;
export const RESPOND = `mutation ($campaignId: ID!, $memberId: ID!, $channel: CampaignChannel!, $kind: CampaignResponseKind!, $note: String) {
  recordCampaignResponse(campaignId: $campaignId, memberId: $memberId, channel: $channel, kind: $kind, note: $note) {
    response { id channel kind note member { id } }
    member { id status }
  } }`;
export const MEMBERS = `query ($id: ID!, $first: Int, $after: String, $status: CampaignMemberStatus) { campaign(id: $id) {
  members(first: $first, after: $after, status: $status) {
    edges { node { id status customer { id } contactId leadId } }
    pageInfo { hasNextPage endCursor }
  }
  memberStats { total targeted sent delivered opened clicked responded converted }
} }`;
export const REPORT = `query ($id: ID!) { campaign(id: $id) {
  totalCost { amount currency } overBudget
  costs(first: 10) { edges { node { category amount { amount } } } }
  responses(first: 10) { edges { node { channel kind note member { id } } } }
  responseStats { channel count }
} }`;

export interface MemberNode {
  id: string;
  status: string;
  customer: { id: string } | null;
  contactId: string | null;
  leadId: string | null;
}
export interface MembersView {
  campaign: {
    members: { edges: { node: MemberNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    memberStats: Record<string, number>;
  };
}
export interface Report {
  campaign: {
    totalCost: { amount: string; currency: string } | null;
    overBudget: boolean;
    costs: { edges: { node: { category: string; amount: { amount: string } } }[] };
    responses: {
      edges: { node: { channel: string; kind: string; note: string | null; member: { id: string } } }[];
    };
    responseStats: { channel: string; count: number }[];
  };
}

/** Helpers of one marketer's session; `probe` listens on the campaign topic. */
export function campaignApi(marketer: Send, probe: EventProbe) {
  async function scheduledCampaign(input: Record<string, unknown>): Promise<string> {
    const { createCampaign } = await ok(
      marketer<{ createCampaign: { id: string } }>(CREATE, {
        input: { startsOn: '2099-01-01', ...input },
      }),
    );
    await ok(marketer(SCHEDULE, { id: createCampaign.id }));
    return createCampaign.id;
  }
  const report = async (id: string) => (await ok(marketer<Report>(REPORT, { id }))).campaign;
  const members = async (id: string, variables: Record<string, unknown> = {}) =>
    (await ok(marketer<MembersView>(MEMBERS, { id, ...variables }))).campaign;
  /** The events of `type` about the campaign read back from Kafka, once at least `count` arrived. */
  const onKafka = (campaignId: string, type: string, count = 1) =>
    waitFor(() => {
      const found = probe.messages
        .map((m) => parseEvent(m.value))
        .filter((event) => event.subject === campaignId && event.type === type);
      if (found.length < count) throw new Error(`${found.length} of ${count} ${type} on Kafka yet`);
      return found;
    });
  return { scheduledCampaign, report, members, onKafka };
}
