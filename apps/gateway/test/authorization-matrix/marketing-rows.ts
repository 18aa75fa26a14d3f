import { CAMPAIGN_READERS, type MatrixRow } from './matrix-row';

/** The marketing rows of the authorization matrix. */
export const MARKETING_ROWS: readonly MatrixRow[] = [
  {
    operation: 'campaign',
    subgraph: 'marketing',
    document: `query ($id: ID!) { campaign(id: $id) { id name } }`,
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
    operation: 'createCampaign',
    subgraph: 'marketing',
    document: `mutation { createCampaign(input: { name: "Matrix" }) { id } }`,
    resultPath: ['createCampaign'],
    allowed: ['ADMIN', 'MARKETER'],
  },
];
