import { randomUUID } from 'node:crypto';
import { LEAD_READERS, LEAD_ROUTERS, LEAD_WRITERS, QUOTA_READERS, SALES, type MatrixRow } from './matrix-row';

/** The sales: leads and quotas rows of the authorization matrix. */
export const LEAD_ROWS: readonly MatrixRow[] = [
  {
    operation: 'lead',
    subgraph: 'sales',
    document: `query ($id: ID!) { lead(id: $id) { id status score } }`,
    variables: (own) => ({ id: own.leads.toRead }),
    resultPath: ['lead'],
    allowed: LEAD_READERS,
  },
  {
    operation: 'leads',
    subgraph: 'sales',
    document: `{ leads(first: 5) { edges { node { id } } } }`,
    resultPath: ['leads'],
    allowed: LEAD_READERS,
  },
  {
    operation: 'createLead',
    subgraph: 'sales',
    document: `mutation { createLead(input: { firstName: "Matrix", lastName: "Lead", source: MANUAL }) { id } }`,
    resultPath: ['createLead'],
    allowed: LEAD_WRITERS,
  },
  {
    operation: 'updateLead',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { updateLead(id: $id, version: 1, input: { jobTitle: "CTO" }) { id } }`,
    variables: (own) => ({ id: own.leads.toUpdate }),
    resultPath: ['updateLead'],
    allowed: LEAD_WRITERS,
  },
  {
    operation: 'logLeadFollowUp',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { logLeadFollowUp(leadId: $id, input: { type: EMAIL }) { id } }`,
    variables: (own) => ({ id: own.leads.toFollowUp }),
    resultPath: ['logLeadFollowUp'],
    allowed: LEAD_WRITERS,
  },
  {
    operation: 'qualifyLead',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { qualifyLead(id: $id) { id } }`,
    variables: (own) => ({ id: own.leads.toQualify }),
    resultPath: ['qualifyLead'],
    allowed: LEAD_WRITERS,
  },
  {
    operation: 'disqualifyLead',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { disqualifyLead(id: $id, reason: "Matrix") { id } }`,
    variables: (own) => ({ id: own.leads.toDisqualify }),
    resultPath: ['disqualifyLead'],
    allowed: LEAD_WRITERS,
  },
  {
    operation: 'assignLead',
    subgraph: 'sales',
    document: `mutation ($id: ID!, $ownerId: ID!) { assignLead(id: $id, ownerId: $ownerId) { id } }`,
    variables: (own) => ({ id: own.leads.toAssign, ownerId: own.userId }),
    resultPath: ['assignLead'],
    allowed: LEAD_WRITERS,
  },
  {
    // Converting creates a customer: lead writers without customer:write (marketers) may not.
    operation: 'convertLead',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { convertLead(id: $id) { customerId } }`,
    variables: (own) => ({ id: own.leads.toConvert }),
    resultPath: ['convertLead'],
    allowed: SALES,
  },
  {
    operation: 'leadAssignmentRules',
    subgraph: 'sales',
    document: `{ leadAssignmentRules { id } }`,
    resultPath: ['leadAssignmentRules'],
    allowed: LEAD_ROUTERS,
  },
  {
    operation: 'createLeadAssignmentRule',
    subgraph: 'sales',
    document: `mutation ($userId: ID!, $region: String!) {
      createLeadAssignmentRule(input: { name: "Matrix", priority: 1, region: $region, assigneeIds: [$userId], active: false }) { id }
    }`,
    variables: (own) => ({ userId: own.userId, region: `MATRIX-${randomUUID()}` }),
    resultPath: ['createLeadAssignmentRule'],
    allowed: LEAD_ROUTERS,
  },
  {
    operation: 'updateLeadAssignmentRule',
    subgraph: 'sales',
    document: `mutation ($id: ID!, $userId: ID!, $region: String!) {
      updateLeadAssignmentRule(id: $id, version: 1, input: { name: "Matrix", priority: 2, region: $region, assigneeIds: [$userId], active: false }) { id }
    }`,
    variables: (own) => ({ id: own.leads.ruleId, userId: own.userId, region: `MATRIX-${randomUUID()}` }),
    resultPath: ['updateLeadAssignmentRule'],
    allowed: LEAD_ROUTERS,
  },
  {
    operation: 'quotas',
    subgraph: 'sales',
    document: `{ quotas(first: 5) { edges { node { id } } } }`,
    resultPath: ['quotas'],
    allowed: QUOTA_READERS,
  },
  {
    operation: 'setQuota',
    subgraph: 'sales',
    document: `mutation ($userId: ID!) {
      setQuota(input: { userId: $userId, period: "2030-01", amount: "1", currency: "EUR" }) { id }
    }`,
    variables: (own) => ({ userId: own.userId }),
    resultPath: ['setQuota'],
    allowed: ['ADMIN', 'SALES_MANAGER'],
  },
  {
    operation: 'User.quotas',
    subgraph: 'sales',
    document: `query ($id: ID!) { user(id: $id) { id quotas { id } } }`,
    variables: (own) => ({ id: own.userId }),
    resultPath: ['user', 'quotas'],
    allowed: QUOTA_READERS,
  },
];
