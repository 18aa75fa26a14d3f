import { ANALYTICS_READERS, AUDITORS, byCustomer, CAMPAIGN_READERS, type MatrixRow } from './matrix-row';

/** The analytics rows of the authorization matrix. */
export const ANALYTICS_ROWS: readonly MatrixRow[] = [
  {
    operation: 'customersSeen',
    subgraph: 'analytics',
    document: `{ customersSeen }`,
    resultPath: ['customersSeen'],
    allowed: ANALYTICS_READERS,
  },
  {
    operation: 'auditTrail',
    subgraph: 'analytics',
    document: `query ($id: ID!) { auditTrail(entityType: "Customer", entityId: $id) { edges { node { id } } } }`,
    variables: byCustomer,
    resultPath: ['auditTrail'],
    allowed: AUDITORS,
  },
  {
    operation: 'Customer.metrics',
    subgraph: 'analytics',
    document: `query ($id: ID!) { customer(id: $id) { id metrics { openOpportunities } } }`,
    variables: byCustomer,
    resultPath: ['customer', 'metrics'],
    allowed: ANALYTICS_READERS,
  },
  {
    // Campaign readers who may read reports: every campaign reader has report:read.
    operation: 'Campaign.performance',
    subgraph: 'analytics',
    document: `query ($id: ID!) { campaign(id: $id) { id performance { leads cost { amount } lastTouch { roi } } } }`,
    variables: (own) => ({ id: own.campaignId }),
    resultPath: ['campaign', 'performance'],
    allowed: CAMPAIGN_READERS,
  },
  {
    operation: 'Customer.metrics scores',
    subgraph: 'analytics',
    document: `query ($id: ID!) { customer(id: $id) { id metrics { rfm { cell } clv { amount } churnRisk { score } scoredAt } } }`,
    variables: byCustomer,
    resultPath: ['customer', 'metrics'],
    allowed: ANALYTICS_READERS,
  },
];
