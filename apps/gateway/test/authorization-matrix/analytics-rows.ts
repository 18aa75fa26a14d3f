import { ANALYTICS_READERS, AUDITORS, byCustomer, type MatrixRow } from './matrix-row';

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
];
