import type { Send } from './demo-client';

/**
 * The demo campaign: a running (ACTIVE) fair campaign with a budget, cost lines, members at every
 * step, responses by channel and leads attributed to it. It is scheduled with a start day in the
 * past, so marketing's calendar job (every minute) starts it; the demo waits for that.
 */

const DAY = 24 * 60 * 60 * 1000;
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

const COSTS = [
  { category: 'Booth', amount: '8500.00', spentOn: -14, note: 'Hall B, stand 12' },
  { category: 'Print', amount: '1240.50', spentOn: -10, note: 'Flyers and roll-ups' },
  { category: 'Media', amount: '3200.00', spentOn: -5, note: 'Social ads in the fair week' },
];

/** Where each demo member got to, in member order. */
const PROGRESS = ['CONVERTED', 'CLICKED', 'OPENED', 'OPENED', 'DELIVERED', 'DELIVERED', 'SENT', 'SENT'];

const RESPONSES: [number, string, string, string][] = [
  [0, 'EVENT', 'ATTENDANCE', 'Visited the stand, asked for a quote'],
  [1, 'EMAIL', 'INQUIRY', 'Asks about installation lead times'],
  [2, 'PHONE', 'REPLY', 'Call back after the holidays'],
];

const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`;
const SCHEDULE = `mutation ($id: ID!) { scheduleCampaign(id: $id) { id } }`;
const COST = `mutation ($id: ID!, $input: CampaignCostInput!) { recordCampaignCost(campaignId: $id, input: $input) { warnings } }`;
const ADD = `mutation ($id: ID!, $members: [CampaignMemberInput!]!) { addCampaignMembers(campaignId: $id, members: $members) { addedCount } }`;
const MEMBERS = `query ($id: ID!) { campaign(id: $id) { members(first: 50) { edges { node { id customer { id } } } } } }`;
const MOVE = `mutation ($id: ID!, $status: CampaignMemberStatus!) { setCampaignMemberStatus(memberId: $id, status: $status) { id } }`;
const RESPOND = `mutation ($campaignId: ID!, $memberId: ID!, $channel: CampaignChannel!, $kind: CampaignResponseKind!, $note: String) {
  recordCampaignResponse(campaignId: $campaignId, memberId: $memberId, channel: $channel, kind: $kind, note: $note) { member { id } }
}`;
const LEAD = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }`;
const STATUS = `query ($id: ID!) { campaign(id: $id) { status } }`;

async function waitUntilActive(send: Send, id: string, log: (message: string) => void): Promise<void> {
  log('waiting for the campaign calendar (every minute) to start the demo campaign');
  for (let attempt = 0; attempt < 180; attempt++) {
    const { campaign } = (await send(STATUS, { id })) as { campaign: { status: string } };
    if (campaign.status === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  log('the demo campaign is still SCHEDULED: it starts with the calendar job’s next run');
}

/** The demo campaign, scheduled, with its costs, members, responses and leads; returns its id. */
export async function loadDemoCampaign(send: Send, customerIds: string[], repId: string): Promise<string> {
  const { createCampaign } = (await send(CREATE, {
    input: {
      name: 'Spring solar fair',
      description: 'Booth, mailing and social ads around the Hamburg solar fair',
      budgetAmount: '15000.00',
      budgetCurrency: 'EUR',
      startsOn: day(-14),
      endsOn: day(30),
      channels: ['EMAIL', 'EVENT', 'SOCIAL', 'PHONE'],
    },
  })) as { createCampaign: { id: string } };
  const id = createCampaign.id;
  await send(SCHEDULE, { id });
  for (const cost of COSTS)
    await send(COST, { id, input: { ...cost, spentOn: day(cost.spentOn), currency: 'EUR' } });
  await send(ADD, { id, members: customerIds.slice(0, 12).map((customerId) => ({ customerId })) });
  const { campaign } = (await send(MEMBERS, { id })) as {
    campaign: { members: { edges: { node: { id: string; customer: { id: string } } }[] } };
  };
  const byCustomer = new Map(campaign.members.edges.map((edge) => [edge.node.customer.id, edge.node.id]));
  const memberIds = customerIds.slice(0, 12).map((customerId) => byCustomer.get(customerId)!);
  for (const [index, status] of PROGRESS.entries()) await send(MOVE, { id: memberIds[index], status });
  for (const [index, channel, kind, note] of RESPONSES)
    await send(RESPOND, { campaignId: id, memberId: memberIds[index], channel, kind, note });
  for (const [firstName, lastName] of [
    ['Jana', 'Krüger'],
    ['Malik', 'Osei'],
  ])
    await send(LEAD, {
      input: { firstName, lastName, source: 'CAMPAIGN', sourceCampaignId: id, ownerId: repId },
    });
  return id;
}

export async function loadDemoCampaigns(
  send: Send,
  customerIds: string[],
  repId: string,
  log: (message: string) => void,
): Promise<void> {
  log('loading the demo campaign: a running fair campaign with costs, members, responses and leads');
  await waitUntilActive(send, await loadDemoCampaign(send, customerIds, repId), log);
}
