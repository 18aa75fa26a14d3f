import { randomUUID } from 'node:crypto';
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
  /** The caller's own identity user, and another user and a team to act on. */
  userId: string;
  otherUserId: string;
  teamId: string;
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
  // ── identity ── (login, refreshAccessToken and logout are public: identity.int-spec.ts tests them)
  {
    operation: 'me',
    subgraph: 'identity',
    document: `{ me { id } }`,
    resultPath: ['me'],
    allowed: EVERYONE,
  },
  {
    operation: 'user',
    subgraph: 'identity',
    document: `query ($id: ID!) { user(id: $id) { id name } }`,
    variables: (own) => ({ id: own.otherUserId }),
    resultPath: ['user'],
    allowed: EVERYONE,
  },
  {
    operation: 'users',
    subgraph: 'identity',
    document: `{ users(first: 5) { edges { node { id } } } }`,
    resultPath: ['users'],
    allowed: EVERYONE,
  },
  {
    operation: 'team',
    subgraph: 'identity',
    document: `query ($id: ID!) { team(id: $id) { id name } }`,
    variables: (own) => ({ id: own.teamId }),
    resultPath: ['team'],
    allowed: EVERYONE,
  },
  {
    operation: 'teams',
    subgraph: 'identity',
    document: `{ teams(first: 5) { edges { node { id } } } }`,
    resultPath: ['teams'],
    allowed: EVERYONE,
  },
  {
    operation: 'createUser',
    subgraph: 'identity',
    document: `mutation ($email: String!) { createUser(input: { name: "Matrix", email: $email, roles: ["READ_ONLY"] }) { id } }`,
    variables: () => ({ email: `matrix-${randomUUID()}@example.com` }),
    resultPath: ['createUser'],
    allowed: ['ADMIN'],
  },
  {
    operation: 'setPassword',
    subgraph: 'identity',
    document: `mutation ($id: ID!) { setPassword(userId: $id, newPassword: "a-long-enough-password") { id } }`,
    variables: (own) => ({ id: own.otherUserId }),
    resultPath: ['setPassword'],
    allowed: ['ADMIN'],
  },
  {
    operation: 'changeUserRoles',
    subgraph: 'identity',
    document: `mutation ($id: ID!) { changeUserRoles(id: $id, roles: ["ANALYST"]) { id } }`,
    variables: (own) => ({ id: own.otherUserId }),
    resultPath: ['changeUserRoles'],
    allowed: ['ADMIN'],
  },
  {
    operation: 'assignUserToTeam',
    subgraph: 'identity',
    document: `mutation ($id: ID!, $team: ID) { assignUserToTeam(userId: $id, teamId: $team) { id } }`,
    variables: (own) => ({ id: own.otherUserId, team: own.teamId }),
    resultPath: ['assignUserToTeam'],
    allowed: ['ADMIN'],
  },
  {
    operation: 'createTeam',
    subgraph: 'identity',
    document: `mutation ($name: String!, $manager: ID!) { createTeam(input: { name: $name, managerId: $manager }) { id } }`,
    variables: (own) => ({ name: `Matrix ${randomUUID()}`, manager: own.userId }),
    resultPath: ['createTeam'],
    allowed: ['ADMIN'],
  },
  {
    operation: 'deactivateUser',
    subgraph: 'identity',
    document: `mutation ($id: ID!) { deactivateUser(id: $id) { id } }`,
    variables: (own) => ({ id: own.otherUserId }),
    resultPath: ['deactivateUser'],
    allowed: ['ADMIN'],
  },
];
