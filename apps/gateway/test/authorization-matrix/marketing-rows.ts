import { byCustomer, CAMPAIGN_READERS, type MatrixRow } from './matrix-row';

const CAMPAIGN_WRITERS = ['ADMIN', 'MARKETER'] as const;

/** The marketing rows of the authorization matrix. */
export const MARKETING_ROWS: readonly MatrixRow[] = [
  {
    operation: 'campaign',
    subgraph: 'marketing',
    document: `query ($id: ID!) { campaign(id: $id) { id name costs { edges { node { id } } } members { edges { node { id } } }
      memberStats { total } responseStats { count } } }`,
    variables: (own) => ({ id: own.campaignId }),
    resultPath: ['campaign'],
    allowed: CAMPAIGN_READERS,
  },
  {
    operation: 'campaigns',
    subgraph: 'marketing',
    document: `{ campaigns(first: 5) { edges { node { id } } } }`,
    resultPath: ['campaigns'],
    allowed: CAMPAIGN_READERS,
  },
  {
    operation: 'Customer.campaignMemberships',
    subgraph: 'marketing',
    document: `query ($id: ID!) { customer(id: $id) { id campaignMemberships { edges { node { status campaign { id } } } } } }`,
    variables: byCustomer,
    resultPath: ['customer', 'campaignMemberships'],
    allowed: CAMPAIGN_READERS,
  },
  {
    operation: 'createCampaign',
    subgraph: 'marketing',
    document: `mutation { createCampaign(input: { name: "Matrix" }) { id } }`,
    resultPath: ['createCampaign'],
    allowed: CAMPAIGN_WRITERS,
  },
  {
    operation: 'updateCampaign',
    subgraph: 'marketing',
    document: `mutation ($id: ID!) { updateCampaign(id: $id, input: { description: "Matrix" }) { id } }`,
    variables: (own) => ({ id: own.campaigns.toUpdate }),
    resultPath: ['updateCampaign'],
    allowed: CAMPAIGN_WRITERS,
  },
  {
    operation: 'scheduleCampaign',
    subgraph: 'marketing',
    document: `mutation ($id: ID!) { scheduleCampaign(id: $id) { id } }`,
    variables: (own) => ({ id: own.campaigns.toSchedule }),
    resultPath: ['scheduleCampaign'],
    allowed: CAMPAIGN_WRITERS,
  },
  {
    operation: 'cancelCampaign',
    subgraph: 'marketing',
    document: `mutation ($id: ID!) { cancelCampaign(id: $id, reason: "Matrix") { id } }`,
    variables: (own) => ({ id: own.campaigns.toCancel }),
    resultPath: ['cancelCampaign'],
    allowed: CAMPAIGN_WRITERS,
  },
  {
    operation: 'completeCampaign',
    subgraph: 'marketing',
    document: `mutation ($id: ID!) { completeCampaign(id: $id) { id } }`,
    variables: (own) => ({ id: own.campaigns.toComplete }),
    resultPath: ['completeCampaign'],
    allowed: CAMPAIGN_WRITERS,
  },
  {
    operation: 'recordCampaignCost',
    subgraph: 'marketing',
    document: `mutation ($id: ID!) {
      recordCampaignCost(campaignId: $id, input: { spentOn: "2026-01-02", category: "Matrix", amount: "1", currency: "EUR" }) { warnings }
    }`,
    variables: (own) => ({ id: own.campaigns.scheduled }),
    resultPath: ['recordCampaignCost'],
    allowed: CAMPAIGN_WRITERS,
  },
  {
    operation: 'addCampaignMembers',
    subgraph: 'marketing',
    document: `mutation ($id: ID!, $customerId: ID!) { addCampaignMembers(campaignId: $id, members: [{ customerId: $customerId }]) { addedCount } }`,
    variables: (own) => ({ id: own.campaigns.scheduled, customerId: own.customerId }),
    resultPath: ['addCampaignMembers'],
    allowed: CAMPAIGN_WRITERS,
  },
  {
    operation: 'addSegmentToCampaign',
    subgraph: 'marketing',
    document: `mutation ($id: ID!, $segmentId: ID!) { addSegmentToCampaign(campaignId: $id, segmentId: $segmentId) { addedCount } }`,
    variables: (own) => ({ id: own.campaigns.scheduled, segmentId: own.segments.list }),
    resultPath: ['addSegmentToCampaign'],
    allowed: CAMPAIGN_WRITERS,
  },
  {
    operation: 'setCampaignMemberStatus',
    subgraph: 'marketing',
    document: `mutation ($id: ID!) { setCampaignMemberStatus(memberId: $id, status: SENT) { id } }`,
    variables: (own) => ({ id: own.campaigns.memberToMove }),
    resultPath: ['setCampaignMemberStatus'],
    allowed: CAMPAIGN_WRITERS,
  },
  {
    operation: 'recordCampaignResponse',
    subgraph: 'marketing',
    document: `mutation ($campaignId: ID!, $memberId: ID!) {
      recordCampaignResponse(campaignId: $campaignId, memberId: $memberId, channel: EMAIL, kind: REPLY) { member { status } }
    }`,
    variables: (own) => ({ campaignId: own.campaigns.scheduled, memberId: own.campaigns.memberToAnswer }),
    resultPath: ['recordCampaignResponse'],
    allowed: CAMPAIGN_WRITERS,
  },
];
