import type { Role } from '@crm/permissions';

/**
 * Who may call what, written down as data (issue 3): every role × every operation of the graph,
 * run through the gateway by authorization-matrix.int-spec.ts. Denied roles must get FORBIDDEN and
 * no data; allowed roles must get their data without error. Each domain issue adds its rows.
 *
 * The lists are written out by hand on purpose rather than derived from ROLE_GRANTS: a change of
 * the grants then shows up here as a failing row to look at, not as a silent change of behaviour.
 */

/** Records of the caller's own (customer and deal owned by the caller), so record scopes never deny. */
export interface OwnFixture {
  customerId: string;
  opportunityId: string;
  ticketId: string;
  campaignId: string;
}

export interface MatrixRow {
  /** The root field, or `Type.field` for a field one subgraph contributes to another's entity. */
  operation: string;
  subgraph: 'customer' | 'sales' | 'service' | 'marketing' | 'analytics' | 'identity';
  document: string;
  variables?: (own: OwnFixture) => Record<string, unknown>;
  /** Where the operation's result sits in `data`; a denied role must find null there. */
  resultPath: string[];
  allowed: readonly Role[];
}

const EVERYONE: readonly Role[] = [
  'ADMIN',
  'SALES_MANAGER',
  'SALES_REP',
  'SUPPORT_MANAGER',
  'SUPPORT_AGENT',
  'MARKETER',
  'ANALYST',
  'READ_ONLY',
];
const SALES: readonly Role[] = ['ADMIN', 'SALES_MANAGER', 'SALES_REP'];
const DEAL_READERS: readonly Role[] = [...SALES, 'ANALYST', 'READ_ONLY'];
const SUPPORT: readonly Role[] = ['ADMIN', 'SUPPORT_MANAGER', 'SUPPORT_AGENT'];
const TICKET_READERS: readonly Role[] = [...SUPPORT, 'SALES_MANAGER', 'ANALYST', 'READ_ONLY'];
const CAMPAIGN_READERS: readonly Role[] = [
  'ADMIN',
  'SALES_MANAGER',
  'SALES_REP',
  'MARKETER',
  'ANALYST',
  'READ_ONLY',
];
const ANALYTICS_READERS: readonly Role[] = EVERYONE.filter((role) => role !== 'SUPPORT_AGENT');
const AUDITORS: readonly Role[] = ['ADMIN', 'SALES_MANAGER', 'SUPPORT_MANAGER'];

const byCustomer = (own: OwnFixture) => ({ id: own.customerId });

export const AUTHORIZATION_MATRIX: readonly MatrixRow[] = [
  // ── customer ──
  {
    operation: 'customer',
    subgraph: 'customer',
    document: `query ($id: ID!) { customer(id: $id) { id name } }`,
    variables: byCustomer,
    resultPath: ['customer'],
    allowed: EVERYONE,
  },
  {
    operation: 'customers',
    subgraph: 'customer',
    document: `{ customers(first: 5) { edges { node { id } } } }`,
    resultPath: ['customers'],
    allowed: EVERYONE,
  },
  {
    operation: 'createCustomer',
    subgraph: 'customer',
    document: `mutation { createCustomer(input: { kind: PERSON, name: "Matrix" }) { id } }`,
    resultPath: ['createCustomer'],
    allowed: SALES,
  },
  // ── sales ──
  {
    operation: 'opportunity',
    subgraph: 'sales',
    document: `query ($id: ID!) { opportunity(id: $id) { id amount { amount currency } } }`,
    variables: (own) => ({ id: own.opportunityId }),
    resultPath: ['opportunity'],
    allowed: DEAL_READERS,
  },
  {
    operation: 'createOpportunity',
    subgraph: 'sales',
    document: `mutation ($customerId: ID!) {
      createOpportunity(input: { customerId: $customerId, name: "Matrix", amount: "1", currency: "EUR" }) { id }
    }`,
    variables: (own) => ({ customerId: own.customerId }),
    resultPath: ['createOpportunity'],
    allowed: SALES,
  },
  {
    operation: 'Customer.opportunities',
    subgraph: 'sales',
    document: `query ($id: ID!) { customer(id: $id) { id opportunities { edges { node { id } } } } }`,
    variables: byCustomer,
    resultPath: ['customer', 'opportunities'],
    allowed: DEAL_READERS,
  },
  // ── service ──
  {
    operation: 'ticket',
    subgraph: 'service',
    document: `query ($id: ID!) { ticket(id: $id) { id subject } }`,
    variables: (own) => ({ id: own.ticketId }),
    resultPath: ['ticket'],
    allowed: TICKET_READERS,
  },
  {
    operation: 'openTicket',
    subgraph: 'service',
    document: `mutation ($customerId: ID!) { openTicket(input: { customerId: $customerId, subject: "Matrix" }) { id } }`,
    variables: (own) => ({ customerId: own.customerId }),
    resultPath: ['openTicket'],
    allowed: SUPPORT,
  },
  {
    operation: 'Customer.tickets',
    subgraph: 'service',
    document: `query ($id: ID!) { customer(id: $id) { id tickets { edges { node { id } } } } }`,
    variables: byCustomer,
    resultPath: ['customer', 'tickets'],
    allowed: TICKET_READERS,
  },
  // ── marketing ──
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
  // ── analytics ──
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
  // ── identity ──
  // TODO(identity): rows for user, users, me, team, teams, createUser, setPassword, deactivateUser,
  // changeUserRoles, createTeam, assignUserToTeam go here; then drop 'identity' from
  // SUBGRAPHS_WITHOUT_ROWS_YET below. login, refreshAccessToken and logout are public (no token).
];

/**
 * Subgraphs whose root operations are not in the matrix yet; the spec checks that every root
 * operation of every other subgraph has a row.
 */
export const SUBGRAPHS_WITHOUT_ROWS_YET: readonly MatrixRow['subgraph'][] = ['identity'];
