import { randomUUID } from 'node:crypto';
import type { Role } from '@crm/permissions';
import type { CustomerValueFixture } from './customer-value-fixtures';
import type { CustomerProfileFixture } from './customer-profile-fixtures';
import type { PipelineFixture } from './pipeline-fixtures';
import type { SalesDocumentFixture } from './sales-document-fixtures';
import type { LeadFixture } from './lead-fixtures';

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
  /** Another customer of the caller's, for mergeCustomers to fold into customerId. */
  duplicateCustomerId: string;
  opportunityId: string;
  /** A communication record on the caller's customer, at version 1. */
  interactionId: string;
  /** The caller's deals and activities for the opportunity and activity rows. */
  pipeline: PipelineFixture;
  /** The caller's customers at the stages the lifecycle and churn rows start from. */
  customerValue: CustomerValueFixture;
  /** A customer and contact only the profile rows change, and a customer to erase. */
  profile: CustomerProfileFixture;
  /** The caller's products, quotes, contracts and orders for the sales document rows. */
  documents: SalesDocumentFixture;
  /** The caller's leads, one per mutating lead row, and an inactive assignment rule. */
  leads: LeadFixture;
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
const LEAD_READERS: readonly Role[] = [...SALES, 'MARKETER', 'ANALYST', 'READ_ONLY'];
const LEAD_WRITERS: readonly Role[] = [...SALES, 'MARKETER'];
/** Lead writers whose scope is their team or everyone. */
const LEAD_ROUTERS: readonly Role[] = ['ADMIN', 'SALES_MANAGER', 'MARKETER'];
const QUOTA_READERS: readonly Role[] = [...DEAL_READERS];

const byCustomer = (own: OwnFixture) => ({ id: own.customerId });
const byCustomerId = (own: OwnFixture) => ({ customerId: own.customerId });

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
  {
    operation: 'updateCustomer',
    subgraph: 'customer',
    document: `mutation ($id: ID!) { updateCustomer(id: $id, version: 1, input: { industry: "SOFTWARE" }) { id } }`,
    variables: (own) => ({ id: own.profile.customerId }),
    resultPath: ['updateCustomer'],
    allowed: SALES,
  },
  {
    operation: 'contact',
    subgraph: 'customer',
    document: `query ($id: ID!) { contact(id: $id) { id firstName email } }`,
    variables: (own) => ({ id: own.profile.contactId }),
    resultPath: ['contact'],
    allowed: EVERYONE,
  },
  {
    operation: 'createContact',
    subgraph: 'customer',
    document: `mutation ($customerId: ID!) { createContact(input: { customerId: $customerId, firstName: "Matrix", lastName: "New" }) { id } }`,
    variables: (own) => ({ customerId: own.profile.customerId }),
    resultPath: ['createContact'],
    allowed: SALES,
  },
  {
    operation: 'updateContact',
    subgraph: 'customer',
    document: `mutation ($id: ID!) { updateContact(id: $id, version: 1, input: { jobTitle: "Matrix" }) { id } }`,
    variables: (own) => ({ id: own.profile.contactId }),
    resultPath: ['updateContact'],
    allowed: SALES,
  },
  {
    operation: 'tags',
    subgraph: 'customer',
    document: `{ tags(group: "INTEREST", first: 5) { edges { node { id } } } }`,
    resultPath: ['tags'],
    allowed: EVERYONE,
  },
  {
    operation: 'tagCustomer',
    subgraph: 'customer',
    document: `mutation ($customerId: ID!) { tagCustomer(customerId: $customerId, tags: [{ group: "INTEREST", name: "Matrix" }]) { id } }`,
    variables: (own) => ({ customerId: own.profile.customerId }),
    resultPath: ['tagCustomer'],
    allowed: SALES,
  },
  {
    operation: 'untagCustomer',
    subgraph: 'customer',
    document: `mutation ($customerId: ID!, $tagId: ID!) { untagCustomer(customerId: $customerId, tagIds: [$tagId]) { id } }`,
    variables: (own) => ({ customerId: own.profile.customerId, tagId: randomUUID() }),
    resultPath: ['untagCustomer'],
    allowed: SALES,
  },
  {
    operation: 'setConsent',
    subgraph: 'customer',
    document: `mutation ($customerId: ID!) { setConsent(customerId: $customerId, channel: EMAIL, granted: true, source: "Matrix") { id } }`,
    variables: (own) => ({ customerId: own.profile.customerId }),
    resultPath: ['setConsent'],
    allowed: SALES,
  },
  {
    operation: 'addCustomerNote',
    subgraph: 'customer',
    document: `mutation ($customerId: ID!) { addCustomerNote(customerId: $customerId, body: "Matrix") { id } }`,
    variables: (own) => ({ customerId: own.profile.customerId }),
    resultPath: ['addCustomerNote'],
    allowed: SALES,
  },
  {
    operation: 'dictionaryEntries',
    subgraph: 'customer',
    document: `{ dictionaryEntries(kind: INDUSTRY) { code label } }`,
    resultPath: ['dictionaryEntries'],
    allowed: EVERYONE,
  },
  {
    operation: 'upsertDictionaryEntry',
    subgraph: 'customer',
    document: `mutation { upsertDictionaryEntry(kind: TAG_GROUP, code: "MATRIX", label: "Matrix", active: true) { code } }`,
    resultPath: ['upsertDictionaryEntry'],
    allowed: ['ADMIN'],
  },
  {
    operation: 'eraseCustomer',
    subgraph: 'customer',
    document: `mutation ($id: ID!) { eraseCustomer(id: $id) { id erasedAt } }`,
    variables: (own) => ({ id: own.profile.erasableCustomerId }),
    resultPath: ['eraseCustomer'],
    allowed: ['ADMIN'],
  },
  {
    operation: 'searchCustomers',
    subgraph: 'customer',
    document: `{ searchCustomers(query: "Matrix", first: 5) { edges { score node { id } } } }`,
    resultPath: ['searchCustomers'],
    allowed: EVERYONE,
  },
  {
    operation: 'duplicateCandidates',
    subgraph: 'customer',
    document: `{ duplicateCandidates(first: 5) { edges { node { left { id } right { id } score reasons } } } }`,
    resultPath: ['duplicateCandidates'],
    allowed: EVERYONE,
  },
  {
    operation: 'mergeCustomers',
    subgraph: 'customer',
    document: `mutation ($survivorId: ID!, $mergedId: ID!) { mergeCustomers(survivorId: $survivorId, mergedIds: [$mergedId]) { id } }`,
    variables: (own) => ({ survivorId: own.customerId, mergedId: own.duplicateCustomerId }),
    resultPath: ['mergeCustomers'],
    allowed: SALES,
  },
  {
    operation: 'importCustomers',
    subgraph: 'customer',
    document: `mutation { importCustomers(input: { rows: [{ kind: "PERSON", name: "Matrix import" }] }) { created } }`,
    resultPath: ['importCustomers'],
    allowed: SALES,
  },
  {
    operation: 'interaction',
    subgraph: 'customer',
    document: `query ($id: ID!) { interaction(id: $id) { id summary } }`,
    variables: (own) => ({ id: own.interactionId }),
    resultPath: ['interaction'],
    allowed: EVERYONE,
  },
  {
    operation: 'logInteraction',
    subgraph: 'customer',
    document: `mutation ($customerId: ID!) {
      logInteraction(input: { customerId: $customerId, type: EMAIL, direction: INBOUND, occurredAt: "2026-01-05T10:00:00Z", summary: "Matrix" }) { id }
    }`,
    variables: byCustomerId,
    resultPath: ['logInteraction'],
    allowed: SALES,
  },
  {
    operation: 'updateInteraction',
    subgraph: 'customer',
    document: `mutation ($id: ID!) { updateInteraction(id: $id, version: 1, input: { summary: "Matrix, corrected" }) { id } }`,
    variables: (own) => ({ id: own.interactionId }),
    resultPath: ['updateInteraction'],
    allowed: SALES,
  },
  {
    operation: 'Customer.interactions',
    subgraph: 'customer',
    document: `query ($id: ID!) { customer(id: $id) { id interactions { edges { node { id } } } } }`,
    variables: byCustomer,
    resultPath: ['customer', 'interactions'],
    allowed: EVERYONE,
  },
  {
    operation: 'Customer.timeline',
    subgraph: 'analytics',
    document: `query ($id: ID!) { customer(id: $id) { id timeline { edges { node { kind title } } } } }`,
    variables: byCustomer,
    resultPath: ['customer', 'timeline'],
    allowed: EVERYONE,
  },
  {
    operation: 'Customer.lifecycleHistory',
    subgraph: 'customer',
    document: `query ($id: ID!) { customer(id: $id) { id tier churn { reasonCategory } lifecycleHistory { edges { node { to } } } } }`,
    variables: byCustomer,
    resultPath: ['customer', 'lifecycleHistory'],
    allowed: EVERYONE,
  },
  {
    operation: 'Customer.tierHistory',
    subgraph: 'customer',
    document: `query ($id: ID!) { customer(id: $id) { id tierHistory { edges { node { to } } } } }`,
    variables: byCustomer,
    resultPath: ['customer', 'tierHistory'],
    allowed: EVERYONE,
  },
  {
    operation: 'churnedCustomers',
    subgraph: 'customer',
    document: `{ churnedCustomers(first: 5, reasonCategory: OTHER) { edges { node { id churn { reasonCategory } } } } }`,
    resultPath: ['churnedCustomers'],
    allowed: EVERYONE,
  },
  {
    operation: 'tierRules',
    subgraph: 'customer',
    document: `{ tierRules { reportingCurrency thresholds { tier minRevenue } version } }`,
    resultPath: ['tierRules'],
    allowed: EVERYONE,
  },
  {
    operation: 'setTierRules',
    subgraph: 'customer',
    // The seeded rules again, so the row changes nothing other rows rely on.
    document: `mutation { setTierRules(input: {
      reportingCurrency: "EUR", windowMonths: 12, loyaltyMinOrders: 5, loyaltyWindowMonths: 12,
      thresholds: [{ tier: A, minRevenue: "100000", minOrders: 3 }, { tier: B, minRevenue: "25000", minOrders: 2 },
                   { tier: C, minRevenue: "5000", minOrders: 1 }, { tier: D, minRevenue: "0", minOrders: 0 }]
    }) { version } }`,
    resultPath: ['setTierRules'],
    allowed: ['ADMIN'],
  },
  {
    operation: 'reevaluateCustomerTier',
    subgraph: 'customer',
    document: `mutation ($id: ID!) { reevaluateCustomerTier(id: $id) { id tier } }`,
    variables: byCustomer,
    resultPath: ['reevaluateCustomerTier'],
    allowed: SALES,
  },
  {
    operation: 'changeLifecycleStage',
    subgraph: 'customer',
    document: `mutation ($id: ID!) { changeLifecycleStage(input: { customerId: $id, stage: CUSTOMER, reason: "Matrix" }) { id } }`,
    variables: (own) => ({ id: own.customerValue.prospect }),
    resultPath: ['changeLifecycleStage'],
    allowed: SALES,
  },
  {
    operation: 'markCustomerChurned',
    subgraph: 'customer',
    document: `mutation ($id: ID!) { markCustomerChurned(input: { customerId: $id, reasonCategory: PRICE, note: "Matrix" }) { id } }`,
    variables: (own) => ({ id: own.customerValue.active }),
    resultPath: ['markCustomerChurned'],
    allowed: SALES,
  },
  {
    operation: 'winBackCustomer',
    subgraph: 'customer',
    document: `mutation ($id: ID!) { winBackCustomer(input: { customerId: $id, reason: "Matrix" }) { id } }`,
    variables: (own) => ({ id: own.customerValue.churned }),
    resultPath: ['winBackCustomer'],
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
    operation: 'opportunities',
    subgraph: 'sales',
    document: `{ opportunities(first: 5) { edges { node { id stageHistory { toStage } } } } }`,
    resultPath: ['opportunities'],
    allowed: DEAL_READERS,
  },
  {
    operation: 'updateOpportunity',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { updateOpportunity(id: $id, version: 1, input: { amount: "2" }) { id } }`,
    variables: (own) => ({ id: own.pipeline.deals.toUpdate }),
    resultPath: ['updateOpportunity'],
    allowed: SALES,
  },
  {
    operation: 'moveOpportunityStage',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { moveOpportunityStage(id: $id, version: 1, stage: PROPOSAL) { id } }`,
    variables: (own) => ({ id: own.pipeline.deals.toMove }),
    resultPath: ['moveOpportunityStage'],
    allowed: SALES,
  },
  {
    operation: 'winOpportunity',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { winOpportunity(id: $id, version: 1) { id } }`,
    variables: (own) => ({ id: own.pipeline.deals.toWin }),
    resultPath: ['winOpportunity'],
    allowed: SALES,
  },
  {
    operation: 'loseOpportunity',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { loseOpportunity(id: $id, version: 1, reason: "Matrix") { id } }`,
    variables: (own) => ({ id: own.pipeline.deals.toLose }),
    resultPath: ['loseOpportunity'],
    allowed: SALES,
  },
  {
    operation: 'reopenOpportunity',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { reopenOpportunity(id: $id, version: 2, reason: "Matrix", stage: PROSPECTING) { id } }`,
    variables: (own) => ({ id: own.pipeline.deals.toReopen }),
    resultPath: ['reopenOpportunity'],
    allowed: SALES,
  },
  {
    operation: 'pipeline',
    subgraph: 'sales',
    document: `{ pipeline(currency: "EUR") { total { count } } }`,
    resultPath: ['pipeline'],
    allowed: DEAL_READERS,
  },
  {
    operation: 'largeDealThresholds',
    subgraph: 'sales',
    document: `{ largeDealThresholds { currency } }`,
    resultPath: ['largeDealThresholds'],
    allowed: DEAL_READERS,
  },
  {
    operation: 'setLargeDealThreshold',
    subgraph: 'sales',
    document: `mutation { setLargeDealThreshold(currency: "ISK", amount: "1000000000") { currency } }`,
    resultPath: ['setLargeDealThreshold'],
    allowed: ['ADMIN'],
  },
  {
    operation: 'activity',
    subgraph: 'sales',
    document: `query ($id: ID!) { activity(id: $id) { id overdue } }`,
    variables: (own) => ({ id: own.pipeline.activities.toUpdate }),
    resultPath: ['activity'],
    allowed: DEAL_READERS,
  },
  {
    operation: 'myAgenda',
    subgraph: 'sales',
    document: `{ myAgenda(from: "2029-12-01T00:00:00Z", to: "2030-02-01T00:00:00Z") { edges { node { id } } } }`,
    resultPath: ['myAgenda'],
    allowed: DEAL_READERS,
  },
  {
    operation: 'scheduleActivity',
    subgraph: 'sales',
    document: `mutation ($customerId: ID!) {
      scheduleActivity(input: { type: CALL, subject: "Matrix", dueAt: "2030-01-01T00:00:00Z", customerId: $customerId }) { id }
    }`,
    variables: (own) => ({ customerId: own.customerId }),
    resultPath: ['scheduleActivity'],
    allowed: SALES,
  },
  {
    operation: 'updateActivity',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { updateActivity(id: $id, version: 1, input: { subject: "Matrix 2" }) { id } }`,
    variables: (own) => ({ id: own.pipeline.activities.toUpdate }),
    resultPath: ['updateActivity'],
    allowed: SALES,
  },
  {
    operation: 'completeActivity',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { completeActivity(id: $id, version: 1) { id } }`,
    variables: (own) => ({ id: own.pipeline.activities.toComplete }),
    resultPath: ['completeActivity'],
    allowed: SALES,
  },
  {
    operation: 'Customer.activities',
    subgraph: 'sales',
    document: `query ($id: ID!) { customer(id: $id) { id activities { edges { node { id } } } } }`,
    variables: byCustomer,
    resultPath: ['customer', 'activities'],
    allowed: DEAL_READERS,
  },
  {
    operation: 'Customer.opportunities',
    subgraph: 'sales',
    document: `query ($id: ID!) { customer(id: $id) { id opportunities { edges { node { id } } } } }`,
    variables: byCustomer,
    resultPath: ['customer', 'opportunities'],
    allowed: DEAL_READERS,
  },
  // ── sales: products, quotes, contracts, orders, payments ──
  {
    operation: 'product',
    subgraph: 'sales',
    document: `query ($id: ID!) { product(id: $id) { id prices { amount } } }`,
    variables: (own) => ({ id: own.documents.productId }),
    resultPath: ['product'],
    allowed: EVERYONE,
  },
  {
    operation: 'products',
    subgraph: 'sales',
    document: `{ products(first: 5) { edges { node { id } } } }`,
    resultPath: ['products'],
    allowed: EVERYONE,
  },
  {
    operation: 'createProduct',
    subgraph: 'sales',
    document: `mutation ($code: String!) { createProduct(input: { code: $code, name: "Matrix" }) { id } }`,
    variables: () => ({ code: `M-${randomUUID()}` }),
    resultPath: ['createProduct'],
    allowed: ['ADMIN'],
  },
  {
    operation: 'updateProduct',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { updateProduct(input: { id: $id, version: 1, name: "Matrix 2" }) { id } }`,
    variables: (own) => ({ id: own.documents.productId }),
    resultPath: ['updateProduct'],
    allowed: ['ADMIN'],
  },
  {
    operation: 'setProductPrice',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { setProductPrice(input: { productId: $id, currency: "USD", unitPrice: "2" }) { id } }`,
    variables: (own) => ({ id: own.documents.productId }),
    resultPath: ['setProductPrice'],
    allowed: ['ADMIN'],
  },
  {
    operation: 'reportStock',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { reportStock(input: { productId: $id, quantity: 5 }) { id } }`,
    variables: (own) => ({ id: own.documents.productId }),
    resultPath: ['reportStock'],
    allowed: ['ADMIN'],
  },
  {
    operation: 'setOpportunityLineItems',
    subgraph: 'sales',
    document: `mutation ($id: ID!, $productId: ID!) {
      setOpportunityLineItems(input: { opportunityId: $id, version: 1, items: [{ productId: $productId, quantity: 2 }] }) { total { amount } }
    }`,
    variables: (own) => ({ id: own.documents.dealForLineItems, productId: own.documents.productId }),
    resultPath: ['setOpportunityLineItems'],
    allowed: SALES,
  },
  {
    operation: 'quote',
    subgraph: 'sales',
    document: `query ($id: ID!) { quote(id: $id) { id total { amount } } }`,
    variables: (own) => ({ id: own.documents.quotes.draft }),
    resultPath: ['quote'],
    allowed: DEAL_READERS,
  },
  {
    operation: 'createQuote',
    subgraph: 'sales',
    document: `mutation ($customerId: ID!) {
      createQuote(input: { customerId: $customerId, currency: "EUR", validUntil: "2999-12-31", lines: [{ description: "Matrix", quantity: 1, unitPrice: "1" }] }) { id }
    }`,
    variables: byCustomerId,
    resultPath: ['createQuote'],
    allowed: SALES,
  },
  {
    operation: 'issueQuote',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { issueQuote(input: { id: $id, version: 1 }) { id } }`,
    variables: (own) => ({ id: own.documents.quotes.draft }),
    resultPath: ['issueQuote'],
    allowed: SALES,
  },
  {
    operation: 'acceptQuote',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { acceptQuote(input: { id: $id, version: 2 }) { id } }`,
    variables: (own) => ({ id: own.documents.quotes.toAccept }),
    resultPath: ['acceptQuote'],
    allowed: SALES,
  },
  {
    operation: 'rejectQuote',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { rejectQuote(input: { id: $id, version: 2 }) { id } }`,
    variables: (own) => ({ id: own.documents.quotes.toReject }),
    resultPath: ['rejectQuote'],
    allowed: SALES,
  },
  {
    operation: 'contract',
    subgraph: 'sales',
    document: `query ($id: ID!) { contract(id: $id) { id value { amount } } }`,
    variables: (own) => ({ id: own.documents.contracts.draft }),
    resultPath: ['contract'],
    allowed: DEAL_READERS,
  },
  {
    operation: 'contractsDueForRenewal',
    subgraph: 'sales',
    document: `{ contractsDueForRenewal(withinDays: 30) { edges { node { id } } } }`,
    resultPath: ['contractsDueForRenewal'],
    allowed: DEAL_READERS,
  },
  {
    operation: 'createContract',
    subgraph: 'sales',
    document: `mutation ($customerId: ID!) {
      createContract(input: { customerId: $customerId, value: "1", currency: "EUR", startDate: "2026-01-01", endDate: "2026-12-31" }) { id }
    }`,
    variables: byCustomerId,
    resultPath: ['createContract'],
    allowed: SALES,
  },
  {
    operation: 'moveContract',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { moveContract(input: { id: $id, version: 1, to: NEGOTIATION }) { id } }`,
    variables: (own) => ({ id: own.documents.contracts.draft }),
    resultPath: ['moveContract'],
    allowed: SALES,
  },
  {
    operation: 'renewContract',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { renewContract(input: { id: $id, version: 2, newEndDate: "2027-12-31" }) { id } }`,
    variables: (own) => ({ id: own.documents.contracts.toRenew }),
    resultPath: ['renewContract'],
    allowed: SALES,
  },
  {
    operation: 'terminateContract',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { terminateContract(input: { id: $id, version: 2, reason: "Matrix" }) { id } }`,
    variables: (own) => ({ id: own.documents.contracts.toTerminate }),
    resultPath: ['terminateContract'],
    allowed: SALES,
  },
  {
    operation: 'order',
    subgraph: 'sales',
    document: `query ($id: ID!) { order(id: $id) { id outstandingBalance { amount } overdue payments { id } } }`,
    variables: (own) => ({ id: own.documents.orderId }),
    resultPath: ['order'],
    allowed: DEAL_READERS,
  },
  {
    operation: 'overdueOrders',
    subgraph: 'sales',
    document: `{ overdueOrders(first: 5) { edges { node { id } } } }`,
    resultPath: ['overdueOrders'],
    allowed: DEAL_READERS,
  },
  {
    operation: 'placeOrder',
    subgraph: 'sales',
    document: `mutation ($id: ID!) { placeOrder(input: { contractId: $id }) { id } }`,
    variables: (own) => ({ id: own.documents.contracts.toRenew }),
    resultPath: ['placeOrder'],
    allowed: SALES,
  },
  {
    operation: 'recordPayment',
    subgraph: 'sales',
    document: `mutation ($id: ID!) {
      recordPayment(input: { orderId: $id, amount: "1", currency: "EUR", receivedAt: "2026-01-15T10:00:00Z" }) { id }
    }`,
    variables: (own) => ({ id: own.documents.orderId }),
    resultPath: ['recordPayment'],
    allowed: SALES,
  },
  {
    operation: 'Customer.contracts',
    subgraph: 'sales',
    document: `query ($id: ID!) { customer(id: $id) { id contracts { edges { node { id } } } } }`,
    variables: byCustomer,
    resultPath: ['customer', 'contracts'],
    allowed: DEAL_READERS,
  },
  {
    operation: 'Customer.orders',
    subgraph: 'sales',
    document: `query ($id: ID!) { customer(id: $id) { id orders { edges { node { id } } } } }`,
    variables: byCustomer,
    resultPath: ['customer', 'orders'],
    allowed: DEAL_READERS,
  },
  {
    operation: 'Customer.payments',
    subgraph: 'sales',
    document: `query ($id: ID!) { customer(id: $id) { id payments { edges { node { id } } } } }`,
    variables: byCustomer,
    resultPath: ['customer', 'payments'],
    allowed: DEAL_READERS,
  },
  // ── sales: leads and quotas ──
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
