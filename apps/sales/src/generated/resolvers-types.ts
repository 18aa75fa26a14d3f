import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Activity as ActivityRow } from '../data/activity.entity';
import type { EntityReference as EntityReferenceRow } from '../data/entity-reference';
import type { Contract as ContractRow } from '../data/contract.entity';
import type { LeadConversion as LeadConversionRow } from '../changes/lead.changes';
import type { LineView as LineViewRow } from '../data/priced-lines';
import type { LargeDealThreshold as LargeDealThresholdRow } from '../data/large-deal-threshold.entity';
import type { Lead as LeadRow } from '../data/lead.entity';
import type { LeadAssignmentRule as LeadAssignmentRuleRow } from '../data/lead-assignment-rule.entity';
import type { LeadFollowUp as LeadFollowUpRow } from '../data/lead-follow-up.entity';
import type { Opportunity as OpportunityRow } from '../data/opportunity.entity';
import type { OpportunityStageChange as OpportunityStageChangeRow } from '../data/opportunity-stage-change.entity';
import type { Order as OrderRow } from '../data/order.entity';
import type { Payment as PaymentRow } from '../data/payment.entity';
import type {
  PipelineBoard as PipelineBoardRow,
  PricedColumn as PricedColumnRow,
  PricedTotal as PricedTotalRow,
} from '../domain/pipeline-board';
import type { Product as ProductRow } from '../data/product.entity';
import type { Quota as QuotaRow } from '../data/quota.entity';
import type { Quote as QuoteRow } from '../data/quote.entity';
import type { SalesContext } from '../sales-context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** ISO-8601 date-time in UTC. */
  DateTime: { input: Date | string; output: Date | string };
  /** ISO-8601 calendar date, e.g. 2026-12-31. */
  LocalDate: { input: string; output: string };
  _FieldSet: { input: unknown; output: unknown };
};

/** A call, meeting or to-do of a user, about exactly one customer, lead or opportunity. */
export type Activity = {
  __typename?: 'Activity';
  /** Null until completeActivity. */
  completedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Set when the activity is about a customer. */
  customer: Maybe<Customer>;
  dueAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Set when the activity is about a lead the caller may see. */
  lead: Maybe<Lead>;
  notes: Maybe<Scalars['String']['output']>;
  /** Set when the activity is about a deal the caller may see. */
  opportunity: Maybe<Opportunity>;
  /** Not completed and past its due time. */
  overdue: Scalars['Boolean']['output'];
  owner: Maybe<User>;
  /** When to remind the owner; at or before dueAt. */
  remindAt: Maybe<Scalars['DateTime']['output']>;
  /** Not completed and its reminder time has come. */
  reminderDue: Scalars['Boolean']['output'];
  subject: Scalars['String']['output'];
  type: ActivityType;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  edges: Array<ActivityEdge>;
  pageInfo: PageInfo;
};

export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  cursor: Scalars['String']['output'];
  node: Activity;
};

/** Kinds of activities. */
export type ActivityType = 'CALL' | 'MEETING' | 'TODO';

/** A marketing campaign (owned by the marketing service); sales only knows its id. */
export type Campaign = {
  __typename?: 'Campaign';
  id: Scalars['ID']['output'];
};

/** Head count band of a company (the customer service's vocabulary). */
export type CompanySize =
  /** 1000 people or more. */
  | 'ENTERPRISE'
  /** 250-999 people. */
  | 'LARGE'
  /** 50-249 people. */
  | 'MEDIUM'
  /** 1-9 people. */
  | 'MICRO'
  /** 10-49 people. */
  | 'SMALL';

export type Contract = {
  __typename?: 'Contract';
  createdAt: Scalars['DateTime']['output'];
  /** Resolved by the customer service: null (with its error) when the customer is down or outside the caller's reach; the rest of the document still loads. */
  customer: Maybe<Customer>;
  endDate: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  opportunity: Maybe<Opportunity>;
  owner: Maybe<User>;
  quote: Maybe<Quote>;
  /** When the contract is up for renewal; defaults to the end date. */
  renewalDate: Scalars['LocalDate']['output'];
  /** How many days before the renewal date the owner is reminded. */
  renewalReminderDays: Scalars['Int']['output'];
  /** renewalDate minus renewalReminderDays. */
  renewalReminderOn: Scalars['LocalDate']['output'];
  signedAt: Maybe<Scalars['DateTime']['output']>;
  startDate: Scalars['LocalDate']['output'];
  status: ContractStatus;
  terminatedAt: Maybe<Scalars['DateTime']['output']>;
  terminationReason: Maybe<Scalars['String']['output']>;
  value: Money;
  version: Scalars['Int']['output'];
};

export type ContractConnection = {
  __typename?: 'ContractConnection';
  edges: Array<ContractEdge>;
  pageInfo: PageInfo;
};

export type ContractEdge = {
  __typename?: 'ContractEdge';
  cursor: Scalars['String']['output'];
  node: Contract;
};

/** DRAFT → NEGOTIATION → SIGNED → ACTIVE → EXPIRED, or TERMINATED once signed. */
export type ContractStatus = 'ACTIVE' | 'DRAFT' | 'EXPIRED' | 'NEGOTIATION' | 'SIGNED' | 'TERMINATED';

export type ConvertLeadInput = {
  /** Also open an opportunity for the new customer, owned by the lead's owner. */
  createOpportunity?: InputMaybe<ConvertLeadOpportunityInput>;
};

export type ConvertLeadOpportunityInput = {
  /** Decimal string, e.g. "12500.00". */
  amount: Scalars['String']['input'];
  /** ISO 4217 code. */
  currency: Scalars['String']['input'];
  expectedCloseDate?: InputMaybe<Scalars['LocalDate']['input']>;
  name: Scalars['String']['input'];
};

/** What convertLead returns at once; the customer appears in the graph when the customer service has applied lead.converted. */
export type ConvertLeadResult = {
  __typename?: 'ConvertLeadResult';
  /** The contact created for a company lead; null for a person lead. */
  contactId: Maybe<Scalars['ID']['output']>;
  /** Null until the customer service has created the customer. */
  customer: Maybe<Customer>;
  /** Generated by sales: the id the customer will have. */
  customerId: Scalars['ID']['output'];
  lead: Lead;
  /** The opportunity created with the conversion, if one was asked for. */
  opportunity: Maybe<Opportunity>;
};

export type CreateContractInput = {
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Directly for a customer (then value and currency are required). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  endDate: Scalars['LocalDate']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** From a CLOSED_WON deal: customer and value (its amount) come from it. */
  opportunityId?: InputMaybe<Scalars['ID']['input']>;
  /** From an ACCEPTED quote: customer, deal and value come from it. */
  quoteId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to endDate. */
  renewalDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Days before the renewal date to remind the owner, 0 to 365; default 30. */
  renewalReminderDays?: InputMaybe<Scalars['Int']['input']>;
  startDate: Scalars['LocalDate']['input'];
  /** Decimal string; defaults to the quote's total or the deal's amount. */
  value?: InputMaybe<Scalars['String']['input']>;
};

export type CreateLeadInput = {
  /** A company name makes this a B2B lead. */
  companyName?: InputMaybe<Scalars['String']['input']>;
  companySize?: InputMaybe<CompanySize>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  /** Send the same key when retrying: the first result is returned, nothing is created twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  lastName: Scalars['String']['input'];
  /** Without an owner, the assignment rules choose one (or the caller owns it, for a rep). */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** A loyalty member's referral code (letters and digits; dashes and case ignored): marketing records the referral. */
  referralCode?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  source: LeadSource;
  /** Required when source is CAMPAIGN, refused otherwise. */
  sourceCampaignId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateOpportunityInput = {
  /** Decimal string, e.g. "12500.00"; at most 4 decimals. */
  amount: Scalars['String']['input'];
  /** ISO 4217 code, e.g. EUR. */
  currency: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  expectedCloseDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Send the same key when retrying: the first result is returned, nothing is created twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** 0 to 100; defaults to the stage's probability. */
  probability?: InputMaybe<Scalars['Int']['input']>;
  stage?: InputMaybe<OpportunityStage>;
};

export type CreateProductInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  code: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateQuoteInput = {
  /** ISO 4217; defaults to the opportunity's currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Quote a customer directly (then currency and lines are required). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Quote-level discount, 0 to 100. Left out: the customer's loyalty level's default discount, else 0. */
  discountPercent?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the opportunity's line items. */
  lines?: InputMaybe<Array<LineInput>>;
  /** Quote a deal: the customer, currency and (without lines) the deal's line items come from it. */
  opportunityId?: InputMaybe<Scalars['ID']['input']>;
  validUntil: Scalars['LocalDate']['input'];
};

export type Customer = {
  __typename?: 'Customer';
  /** Calls, meetings and to-dos about this customer that the caller may see, newest first. Null when the sales service is unavailable. */
  activities: Maybe<ActivityConnection>;
  /** Contracts with this customer, newest first. Null when the sales service is unavailable. */
  contracts: Maybe<ContractConnection>;
  id: Scalars['ID']['output'];
  /** Deals with this customer, newest first, optionally only those in one stage. Null when the sales service is unavailable. */
  opportunities: Maybe<OpportunityConnection>;
  /** Orders of this customer, newest first. Null when the sales service is unavailable. */
  orders: Maybe<OrderConnection>;
  /** Payments received from this customer, newest first. Null when the sales service is unavailable. */
  payments: Maybe<PaymentConnection>;
};

export type CustomerActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CustomerContractsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CustomerOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  stage?: InputMaybe<OpportunityStage>;
};

export type CustomerOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CustomerPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A priced line of an opportunity, quote or order: quantity × unit price less the line discount. */
export type DocumentLine = {
  __typename?: 'DocumentLine';
  description: Scalars['String']['output'];
  /** 0 to 100, at most 2 decimals, as a decimal string. */
  discountPercent: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Rounded half-even to the currency's minor units (2 for EUR, 0 for JPY). */
  lineTotal: Money;
  position: Scalars['Int']['output'];
  /** Null for a free-text line. */
  product: Maybe<Product>;
  quantity: Scalars['Int']['output'];
  unitPrice: Money;
};

/** From which amount a deal in a currency is large: reaching it publishes opportunity.large_deal_detected for managers. */
export type LargeDealThreshold = {
  __typename?: 'LargeDealThreshold';
  amount: Money;
  currency: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  updatedBy: Maybe<User>;
};

/** A prospective customer, before conversion. A lead with a company name becomes a company customer with the person as its contact; without one, a person customer. */
export type Lead = {
  __typename?: 'Lead';
  companyName: Maybe<Scalars['String']['output']>;
  companySize: Maybe<CompanySize>;
  convertedAt: Maybe<Scalars['DateTime']['output']>;
  /** Set once converted: the customer created from the lead. */
  convertedCustomer: Maybe<Customer>;
  createdAt: Scalars['DateTime']['output'];
  /** Why the lead was disqualified; null unless status is DISQUALIFIED. */
  disqualificationReason: Maybe<Scalars['String']['output']>;
  /** Masked for roles without rights to personal data. */
  email: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  /** Touches with the lead, newest first. */
  followUps: LeadFollowUpConnection;
  id: Scalars['ID']['output'];
  /** Industry code, e.g. ENERGY (the customer service's dictionary). */
  industry: Maybe<Scalars['String']['output']>;
  jobTitle: Maybe<Scalars['String']['output']>;
  lastName: Scalars['String']['output'];
  owner: Maybe<User>;
  /** Masked for roles without rights to personal data. */
  phone: Maybe<Scalars['String']['output']>;
  /** Region code, e.g. EMEA. */
  region: Maybe<Scalars['String']['output']>;
  /** 0 to 100: fit (industry, company size, job title, region) plus engagement (source, follow-ups). */
  score: Scalars['Int']['output'];
  /** The score factor by factor, with the reason for each factor's points. */
  scoreBreakdown: Array<LeadScoreFactor>;
  source: LeadSource;
  /** The campaign the lead came from; set exactly when source is CAMPAIGN. */
  sourceCampaign: Maybe<Campaign>;
  status: LeadStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version: pass it back on updates. */
  version: Scalars['Int']['output'];
};

/** A prospective customer, before conversion. A lead with a company name becomes a company customer with the person as its contact; without one, a person customer. */
export type LeadFollowUpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Routes new leads without an owner: the first active rule (lowest priority number) whose criteria all match hands the lead to its assignees in turn. */
export type LeadAssignmentRule = {
  __typename?: 'LeadAssignmentRule';
  active: Scalars['Boolean']['output'];
  /** An entry is null when the identity service cannot show that user. */
  assignees: Array<Maybe<User>>;
  id: Scalars['ID']['output'];
  /** Null matches any industry. */
  industry: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  priority: Scalars['Int']['output'];
  /** Null matches any region. */
  region: Maybe<Scalars['String']['output']>;
  /** Null matches any source. */
  source: Maybe<LeadSource>;
  strategy: LeadAssignmentStrategy;
  version: Scalars['Int']['output'];
};

export type LeadAssignmentRuleInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 1 to 50 users; a manager may only route to their team. */
  assigneeIds: Array<Scalars['ID']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Lower runs first. */
  priority: Scalars['Int']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<LeadSource>;
  strategy?: InputMaybe<LeadAssignmentStrategy>;
};

export type LeadAssignmentStrategy =
  /** Each matching lead goes to the next assignee of the list, wrapping around. */
  'ROUND_ROBIN';

export type LeadConnection = {
  __typename?: 'LeadConnection';
  edges: Array<LeadEdge>;
  pageInfo: PageInfo;
};

export type LeadEdge = {
  __typename?: 'LeadEdge';
  cursor: Scalars['String']['output'];
  node: Lead;
};

export type LeadFilter = {
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<LeadSource>;
  status?: InputMaybe<LeadStatus>;
};

export type LeadFollowUp = {
  __typename?: 'LeadFollowUp';
  /** When the touch happened. */
  at: Scalars['DateTime']['output'];
  /** Who logged it; null when the identity service cannot show the user. */
  by: Maybe<User>;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  type: LeadFollowUpType;
};

export type LeadFollowUpConnection = {
  __typename?: 'LeadFollowUpConnection';
  edges: Array<LeadFollowUpEdge>;
  pageInfo: PageInfo;
};

export type LeadFollowUpEdge = {
  __typename?: 'LeadFollowUpEdge';
  cursor: Scalars['String']['output'];
  node: LeadFollowUp;
};

/** How a lead was touched; meetings weigh most in the engagement score. */
export type LeadFollowUpType = 'CALL' | 'EMAIL' | 'MEETING' | 'OTHER';

export type LeadScoreFactor = {
  __typename?: 'LeadScoreFactor';
  /** industry, companySize, jobTitle, region, source or followUps. */
  factor: Scalars['String']['output'];
  points: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

/** Where a lead came from. */
export type LeadSource = 'CAMPAIGN' | 'IMPORT' | 'MANUAL' | 'REFERRAL' | 'WEB_FORM';

/** NEW → CONTACTED (first follow-up) → QUALIFIED → CONVERTED, or DISQUALIFIED with a reason (DESIGN §3). */
export type LeadStatus = 'CONTACTED' | 'CONVERTED' | 'DISQUALIFIED' | 'NEW' | 'QUALIFIED';

export type LineInput = {
  /** Defaults to the product's name. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 0 to 100, at most 2 decimals; default 0. */
  discountPercent?: InputMaybe<Scalars['String']['input']>;
  /** A product from the catalogue; leave out for a free-text line (then description and unitPrice are required). */
  productId?: InputMaybe<Scalars['ID']['input']>;
  quantity: Scalars['Int']['input'];
  /** Decimal string; defaults to the product's price in the document's currency. */
  unitPrice?: InputMaybe<Scalars['String']['input']>;
};

export type LogLeadFollowUpInput = {
  /** When it happened; defaults to now, may not be in the future. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  type: LeadFollowUpType;
};

/** An exact amount of money: a decimal string (never a float) and an ISO 4217 currency. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['String']['output'];
  currency: Scalars['String']['output'];
};

/** A contract's next step: NEGOTIATION, SIGNED, ACTIVE or EXPIRED (terminate with terminateContract). */
export type MoveContractInput = {
  id: Scalars['ID']['input'];
  to: ContractStatus;
  version: Scalars['Int']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  acceptQuote: Quote;
  assignLead: Lead;
  /** Marks an activity done. Publishes activity.completed. */
  completeActivity: Activity;
  /** Converts a QUALIFIED lead (CONFLICT when already converted): returns the new ids at once; the customer service creates the customer (and contact) from the event. */
  convertLead: ConvertLeadResult;
  createContract: Contract;
  /** Without ownerId, the first matching assignment rule picks the owner. */
  createLead: Lead;
  createLeadAssignmentRule: LeadAssignmentRule;
  createOpportunity: Opportunity;
  createProduct: Product;
  createQuote: Quote;
  disqualifyLead: Lead;
  issueQuote: Quote;
  /** Records a touch; the first one moves a NEW lead to CONTACTED. */
  logLeadFollowUp: LeadFollowUp;
  /** Closes an open deal as lost (probability 0); the reason is required. */
  loseOpportunity: Opportunity;
  moveContract: Contract;
  /** Moves an open deal to another open stage (forward or back), with the stage's probability unless given. */
  moveOpportunityStage: Opportunity;
  placeOrder: Order;
  /** A CONTACTED lead becomes QUALIFIED. */
  qualifyLead: Lead;
  /** Records money received against an order; partial payments are fine, more than the balance is not. */
  recordPayment: Payment;
  rejectQuote: Quote;
  renewContract: Contract;
  /** Reopens a won or lost deal into an open stage, with a reason; the only way a closed deal moves. */
  reopenOpportunity: Opportunity;
  reportStock: Product;
  /** Schedules a call, meeting or to-do. Publishes activity.scheduled. */
  scheduleActivity: Activity;
  /** Sets the large-deal threshold of a currency (admins). Applies to deals created or raised from now on. */
  setLargeDealThreshold: LargeDealThreshold;
  /** Replaces a deal's line items; unit prices default from the price list in the deal's currency. */
  setOpportunityLineItems: OpportunityLineItems;
  /** Sets the product's unit price in one currency of the default price list. */
  setProductPrice: Product;
  /** Creates or replaces the target of a user or team for a period. */
  setQuota: Quota;
  terminateContract: Contract;
  /** Changes an activity; CONFLICT when `version` is not the current one. */
  updateActivity: Activity;
  /** CONFLICT when version is not the current one. */
  updateLead: Lead;
  /** CONFLICT when version is not the current one. */
  updateLeadAssignmentRule: LeadAssignmentRule;
  /** Changes a deal's details; CONFLICT when `version` is not the current one. Publishes opportunity.updated. */
  updateOpportunity: Opportunity;
  updateProduct: Product;
  /** Closes an open deal as won (probability 100). */
  winOpportunity: Opportunity;
};

export type MutationAcceptQuoteArgs = {
  input: QuoteDecisionInput;
};

export type MutationAssignLeadArgs = {
  id: Scalars['ID']['input'];
  ownerId: Scalars['ID']['input'];
};

export type MutationCompleteActivityArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type MutationConvertLeadArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<ConvertLeadInput>;
};

export type MutationCreateContractArgs = {
  input: CreateContractInput;
};

export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
};

export type MutationCreateLeadAssignmentRuleArgs = {
  input: LeadAssignmentRuleInput;
};

export type MutationCreateOpportunityArgs = {
  input: CreateOpportunityInput;
};

export type MutationCreateProductArgs = {
  input: CreateProductInput;
};

export type MutationCreateQuoteArgs = {
  input: CreateQuoteInput;
};

export type MutationDisqualifyLeadArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type MutationIssueQuoteArgs = {
  input: QuoteDecisionInput;
};

export type MutationLogLeadFollowUpArgs = {
  input: LogLeadFollowUpInput;
  leadId: Scalars['ID']['input'];
};

export type MutationLoseOpportunityArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type MutationMoveContractArgs = {
  input: MoveContractInput;
};

export type MutationMoveOpportunityStageArgs = {
  id: Scalars['ID']['input'];
  probability?: InputMaybe<Scalars['Int']['input']>;
  stage: OpportunityStage;
  version: Scalars['Int']['input'];
};

export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};

export type MutationQualifyLeadArgs = {
  id: Scalars['ID']['input'];
};

export type MutationRecordPaymentArgs = {
  input: RecordPaymentInput;
};

export type MutationRejectQuoteArgs = {
  input: QuoteDecisionInput;
};

export type MutationRenewContractArgs = {
  input: RenewContractInput;
};

export type MutationReopenOpportunityArgs = {
  id: Scalars['ID']['input'];
  probability?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
  stage: OpportunityStage;
  version: Scalars['Int']['input'];
};

export type MutationReportStockArgs = {
  input: ReportStockInput;
};

export type MutationScheduleActivityArgs = {
  input: ScheduleActivityInput;
};

export type MutationSetLargeDealThresholdArgs = {
  amount: Scalars['String']['input'];
  currency: Scalars['String']['input'];
};

export type MutationSetOpportunityLineItemsArgs = {
  input: SetOpportunityLineItemsInput;
};

export type MutationSetProductPriceArgs = {
  input: SetProductPriceInput;
};

export type MutationSetQuotaArgs = {
  input: SetQuotaInput;
};

export type MutationTerminateContractArgs = {
  input: TerminateContractInput;
};

export type MutationUpdateActivityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateActivityInput;
  version: Scalars['Int']['input'];
};

export type MutationUpdateLeadArgs = {
  id: Scalars['ID']['input'];
  input: UpdateLeadInput;
  version: Scalars['Int']['input'];
};

export type MutationUpdateLeadAssignmentRuleArgs = {
  id: Scalars['ID']['input'];
  input: LeadAssignmentRuleInput;
  version: Scalars['Int']['input'];
};

export type MutationUpdateOpportunityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOpportunityInput;
  version: Scalars['Int']['input'];
};

export type MutationUpdateProductArgs = {
  input: UpdateProductInput;
};

export type MutationWinOpportunityArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type Opportunity = {
  __typename?: 'Opportunity';
  /** Calls, meetings and to-dos about this deal that the caller may see, newest first. */
  activities: Maybe<ActivityConnection>;
  amount: Money;
  /** When the deal was won or lost; null while it is open. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who else the customer is talking to, as the rep wrote them down. */
  competitors: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Resolved by the customer service: null (with its error) when the customer is down or outside the caller's reach; the rest of the document still loads. */
  customer: Maybe<Customer>;
  expectedCloseDate: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  /** Products on the deal (setOpportunityLineItems), in order. */
  lineItems: Array<DocumentLine>;
  /** Why the deal was lost (loseOpportunity); null unless CLOSED_LOST. */
  lostReason: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  owner: Maybe<User>;
  /** Win probability in percent, defaulting to the stage's. */
  probability: Scalars['Int']['output'];
  stage: OpportunityStage;
  /** Creation, every stage move, close and reopen, and every change of amount or probability, oldest first: the values at each moment, so a forecast can be replayed as it stood. */
  stageHistory: Array<OpportunityStageChange>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** Why the deal was won (winOpportunity); null unless CLOSED_WON. */
  wonReason: Maybe<Scalars['String']['output']>;
};

export type OpportunityActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OpportunityConnection = {
  __typename?: 'OpportunityConnection';
  edges: Array<OpportunityEdge>;
  pageInfo: PageInfo;
};

export type OpportunityEdge = {
  __typename?: 'OpportunityEdge';
  cursor: Scalars['String']['output'];
  node: Opportunity;
};

/** Filters of the opportunities list; all given filters apply. */
export type OpportunityFilter = {
  /** Expected to close on or after this date. */
  closingAfter?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Expected to close before this date. */
  closingBefore?: InputMaybe<Scalars['LocalDate']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this owner's deals (within what the caller may see). */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  stage?: InputMaybe<OpportunityStage>;
};

/** The line items of a deal with their totals. */
export type OpportunityLineItems = {
  __typename?: 'OpportunityLineItems';
  lines: Array<DocumentLine>;
  opportunity: Opportunity;
  subtotal: Money;
  total: Money;
};

/** Stages of a deal with their default win probability (DESIGN §3). */
export type OpportunityStage =
  | 'CLOSED_LOST'
  | 'CLOSED_WON'
  | 'NEEDS_ANALYSIS'
  | 'NEGOTIATION'
  | 'PROPOSAL'
  | 'PROSPECTING'
  | 'QUALIFICATION';

/** One line of a deal's history: the stage, probability and amount at that moment. */
export type OpportunityStageChange = {
  __typename?: 'OpportunityStageChange';
  /** The deal's amount at that moment. */
  amount: Money;
  changedAt: Scalars['DateTime']['output'];
  changedBy: Maybe<User>;
  /** The stage before; null on the first line (the stage the deal was created in). Equal to toStage when only the amount or probability changed. */
  fromStage: Maybe<OpportunityStage>;
  /** Win probability in percent at that moment. */
  probability: Scalars['Int']['output'];
  /** Why the deal was won, lost or reopened. */
  reason: Maybe<Scalars['String']['output']>;
  toStage: OpportunityStage;
};

export type Order = {
  __typename?: 'Order';
  contract: Maybe<Contract>;
  /** Resolved by the customer service: null (with its error) when the customer is down or outside the caller's reach; the rest of the document still loads. */
  customer: Maybe<Customer>;
  dueDate: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  lines: Array<DocumentLine>;
  opportunity: Maybe<Opportunity>;
  /** total minus paidAmount. */
  outstandingBalance: Money;
  /** The due date has passed and money is still owed. */
  overdue: Scalars['Boolean']['output'];
  owner: Maybe<User>;
  /** Payments received so far. */
  paidAmount: Money;
  payments: Array<Payment>;
  placedAt: Scalars['DateTime']['output'];
  status: OrderStatus;
  total: Money;
  version: Scalars['Int']['output'];
};

export type OrderConnection = {
  __typename?: 'OrderConnection';
  edges: Array<OrderEdge>;
  pageInfo: PageInfo;
};

export type OrderEdge = {
  __typename?: 'OrderEdge';
  cursor: Scalars['String']['output'];
  node: Order;
};

/** PLACED until money arrives, PARTIALLY_PAID while a balance remains, PAID when none does. */
export type OrderStatus = 'PAID' | 'PARTIALLY_PAID' | 'PLACED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Payment = {
  __typename?: 'Payment';
  amount: Money;
  createdAt: Scalars['DateTime']['output'];
  /** Resolved by the customer service: null (with its error) when the customer is down or outside the caller's reach; the rest of the document still loads. */
  customer: Maybe<Customer>;
  id: Scalars['ID']['output'];
  order: Order;
  receivedAt: Scalars['DateTime']['output'];
  /** The bank or remittance reference. */
  reference: Maybe<Scalars['String']['output']>;
};

export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  edges: Array<PaymentEdge>;
  pageInfo: PageInfo;
};

export type PaymentEdge = {
  __typename?: 'PaymentEdge';
  cursor: Scalars['String']['output'];
  node: Payment;
};

/** The open deals the caller may see, by stage, in one currency (no exchange rates are applied). */
export type PipelineBoard = {
  __typename?: 'PipelineBoard';
  currency: Scalars['String']['output'];
  /** Open deals in other currencies: counted here, not converted, not in the sums. */
  excludedOtherCurrencies: Scalars['Int']['output'];
  /** Every open stage in sales order, empty ones included. */
  stages: Array<PipelineColumn>;
  total: PipelineTotal;
};

/** Open deals of one stage in the board's currency. */
export type PipelineColumn = {
  __typename?: 'PipelineColumn';
  /** Sum of the deals' amounts, exact. */
  amount: Money;
  count: Scalars['Int']['output'];
  stage: OpportunityStage;
  /** Sum of amount × probability / 100, exact (not rounded). */
  weightedAmount: Money;
};

/** Totals of the board's open deals in its currency. */
export type PipelineTotal = {
  __typename?: 'PipelineTotal';
  amount: Money;
  count: Scalars['Int']['output'];
  weightedAmount: Money;
};

export type PlaceOrderInput = {
  /** A SIGNED or ACTIVE contract: one line for its value. */
  contractId?: InputMaybe<Scalars['ID']['input']>;
  /** Payment due date; defaults to 30 days after today. */
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A CLOSED_WON deal: its line items become the order's lines, or one line for its amount. */
  opportunityId?: InputMaybe<Scalars['ID']['input']>;
};

/** Something the company sells, with a unit price per currency in the default price list. */
export type Product = {
  __typename?: 'Product';
  /** Inactive products stay on old documents but cannot be put on new ones. */
  active: Scalars['Boolean']['output'];
  /** Unique article code, e.g. TEL-100. */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The unit price in this currency, or null when the price list has none. */
  price: Maybe<Money>;
  /** The default price list's unit prices, one per currency, ordered by currency. */
  prices: Array<Money>;
  /** Units in stock as last reported (reportStock); sales does not track stock movements. */
  stockOnHand: Scalars['Int']['output'];
  stockReportedAt: Maybe<Scalars['DateTime']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** Something the company sells, with a unit price per currency in the default price list. */
export type ProductPriceArgs = {
  currency: Scalars['String']['input'];
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  pageInfo: PageInfo;
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type Query = {
  __typename?: 'Query';
  /** The activity with this id; NOT_FOUND if there is none. */
  activity: Maybe<Activity>;
  contract: Maybe<Contract>;
  /** Signed or active contracts whose renewal reminder falls within the next `withinDays` days (or has passed), soonest first. */
  contractsDueForRenewal: ContractConnection;
  /** Large-deal thresholds, by currency. */
  largeDealThresholds: Array<LargeDealThreshold>;
  /** The lead with this id; NOT_FOUND if there is none, FORBIDDEN outside the caller's scope. */
  lead: Maybe<Lead>;
  /** Every assignment rule, by priority (callers who may route leads: scope team or all). */
  leadAssignmentRules: Array<LeadAssignmentRule>;
  /** Leads the caller may see, newest first. */
  leads: LeadConnection;
  /** The caller's activities due in [from, to) (at most 92 days), soonest first, each flagged overdue or reminder due. */
  myAgenda: ActivityConnection;
  /** Deals the caller may see (a rep's own, a manager's team's), newest first. */
  opportunities: OpportunityConnection;
  /** The opportunity with this id; NOT_FOUND if there is none. */
  opportunity: Maybe<Opportunity>;
  order: Maybe<Order>;
  /** Orders past their due date with money still owed, oldest due first. */
  overdueOrders: OrderConnection;
  /** The pipeline board of the deals the caller may see, or of one owner among them, in one currency. */
  pipeline: PipelineBoard;
  /** The product with this id; NOT_FOUND if there is none. */
  product: Maybe<Product>;
  /** Products ordered by code; `search` matches the start of the code or name, case-insensitively. */
  products: ProductConnection;
  /** Quotas the caller may see (own, team's or all), newest period first. */
  quotas: QuotaConnection;
  quote: Maybe<Quote>;
};

export type QueryActivityArgs = {
  id: Scalars['ID']['input'];
};

export type QueryContractArgs = {
  id: Scalars['ID']['input'];
};

export type QueryContractsDueForRenewalArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  withinDays?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};

export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryMyAgendaArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  includeCompleted?: InputMaybe<Scalars['Boolean']['input']>;
  to: Scalars['DateTime']['input'];
};

export type QueryOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpportunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryOpportunityArgs = {
  id: Scalars['ID']['input'];
};

export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};

export type QueryOverdueOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryPipelineArgs = {
  currency: Scalars['String']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};

export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};

export type QueryProductsArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type QueryQuotasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type QueryQuoteArgs = {
  id: Scalars['ID']['input'];
};

/** A sales target of one user or one team for one period, in one currency. Attainment is reported by analytics. */
export type Quota = {
  __typename?: 'Quota';
  endsOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  /** 2026-11 (month) or 2026-Q4 (quarter). */
  period: Scalars['String']['output'];
  periodKind: QuotaPeriodKind;
  startsOn: Scalars['LocalDate']['output'];
  target: Money;
  /** Set for a team's quota; null for a user's. */
  team: Maybe<Team>;
  updatedAt: Scalars['DateTime']['output'];
  /** Set for a user's quota; null for a team's. */
  user: Maybe<User>;
  version: Scalars['Int']['output'];
};

export type QuotaConnection = {
  __typename?: 'QuotaConnection';
  edges: Array<QuotaEdge>;
  pageInfo: PageInfo;
};

export type QuotaEdge = {
  __typename?: 'QuotaEdge';
  cursor: Scalars['String']['output'];
  node: Quota;
};

/** Whether a quota is for a month or a quarter. */
export type QuotaPeriodKind = 'MONTH' | 'QUARTER';

export type Quote = {
  __typename?: 'Quote';
  createdAt: Scalars['DateTime']['output'];
  /** Resolved by the customer service: null (with its error) when the customer is down or outside the caller's reach; the rest of the document still loads. */
  customer: Maybe<Customer>;
  /** When it was accepted or rejected. */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** Quote-level discount in percent, applied to the subtotal. */
  discountPercent: Scalars['String']['output'];
  discountTotal: Money;
  id: Scalars['ID']['output'];
  issuedAt: Maybe<Scalars['DateTime']['output']>;
  lines: Array<DocumentLine>;
  opportunity: Maybe<Opportunity>;
  owner: Maybe<User>;
  status: QuoteStatus;
  /** Sum of the line totals. */
  subtotal: Money;
  total: Money;
  /** Last day the quote can be accepted. */
  validUntil: Scalars['LocalDate']['output'];
  version: Scalars['Int']['output'];
};

export type QuoteDecisionInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** DRAFT → ISSUED → ACCEPTED or REJECTED; an undecided quote past validUntil reads EXPIRED. */
export type QuoteStatus = 'ACCEPTED' | 'DRAFT' | 'EXPIRED' | 'ISSUED' | 'REJECTED';

export type RecordPaymentInput = {
  /** Decimal string > 0 and at most the outstanding balance. */
  amount: Scalars['String']['input'];
  /** Must be the order's currency. */
  currency: Scalars['String']['input'];
  /** Send the same key when retrying: the payment is recorded once. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
  receivedAt: Scalars['DateTime']['input'];
  reference?: InputMaybe<Scalars['String']['input']>;
};

export type RenewContractInput = {
  id: Scalars['ID']['input'];
  /** After the current end date. */
  newEndDate: Scalars['LocalDate']['input'];
  /** Defaults to the new end date. */
  renewalDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** A new value for the renewed term; defaults to the current value. */
  value?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type ReportStockInput = {
  /** When the count was taken; a report older than the last one is ignored. Defaults to now. */
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  productId: Scalars['ID']['input'];
  /** Units on hand, a whole number ≥ 0. */
  quantity: Scalars['Int']['input'];
};

export type ScheduleActivityInput = {
  /** Exactly one of customerId, leadId and opportunityId. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  dueAt: Scalars['DateTime']['input'];
  leadId?: InputMaybe<Scalars['ID']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  opportunityId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to the caller (for reps and managers); a manager may schedule for their team. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** At or before dueAt. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
  subject: Scalars['String']['input'];
  type: ActivityType;
};

export type SetOpportunityLineItemsInput = {
  /** Replaces every line item; an empty list removes them. */
  items: Array<LineInput>;
  opportunityId: Scalars['ID']['input'];
  /** Also set the opportunity's amount to the lines' total (default true; ignored for an empty list). */
  updateAmount?: InputMaybe<Scalars['Boolean']['input']>;
  /** The opportunity's version; CONFLICT when it changed since. */
  version: Scalars['Int']['input'];
};

export type SetProductPriceInput = {
  /** ISO 4217 code; one price per currency, replaced when set again. */
  currency: Scalars['String']['input'];
  productId: Scalars['ID']['input'];
  /** Decimal string, e.g. "199.90". */
  unitPrice: Scalars['String']['input'];
};

export type SetQuotaInput = {
  /** Decimal string, at least 0. */
  amount: Scalars['String']['input'];
  currency: Scalars['String']['input'];
  /** 2026-11 or 2026-Q4. */
  period: Scalars['String']['input'];
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** Exactly one of userId and teamId. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** A team of the identity service. */
export type Team = {
  __typename?: 'Team';
  id: Scalars['ID']['output'];
};

export type TerminateContractInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** The fields updateActivity changes; omitted fields stay as they are. */
export type UpdateActivityInput = {
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Null clears the notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Null removes the reminder. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out keep their value; null clears an optional field. */
export type UpdateLeadInput = {
  companyName?: InputMaybe<Scalars['String']['input']>;
  companySize?: InputMaybe<CompanySize>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<LeadSource>;
  sourceCampaignId?: InputMaybe<Scalars['ID']['input']>;
};

/** The fields updateOpportunity changes; omitted fields stay as they are. */
export type UpdateOpportunityInput = {
  /** Decimal string ≥ 0, at most 4 decimals. Not on a closed deal. */
  amount?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the list; duplicates are dropped. */
  competitors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO 4217 code. Not on a closed deal. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Null clears it. */
  expectedCloseDate?: InputMaybe<Scalars['LocalDate']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** A user within the caller's reach (their own or their team's deals). */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** 0 to 100, overriding the stage's default. Not on a closed deal. */
  probability?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateProductInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; CONFLICT when the product changed since. */
  version: Scalars['Int']['input'];
};

/** A user of the identity service; sales adds the user's quotas. */
export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  /** The user's own sales targets (not their team's), newest period first; another rep's are empty. Null when sales is unavailable. */
  quotas: Maybe<Array<Quota>>;
};

/** A user of the identity service; sales adds the user's quotas. */
export type UserQuotasArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
  reference: TReference,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<
  TTypes,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (parent: TParent, context: TContext, info: GraphQLResolveInfo) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Activity: Activity;
  Contract: Contract;
  Customer: Customer;
  Lead: Lead;
  Opportunity: Opportunity;
  Order: Order;
  Payment: Payment;
  Product: Product;
  Quote: Quote;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Activity: { __typename: 'Activity' } & GraphQLRecursivePick<FederationTypes['Activity'], { id: true }>;
  Contract: { __typename: 'Contract' } & GraphQLRecursivePick<FederationTypes['Contract'], { id: true }>;
  Customer: { __typename: 'Customer' } & GraphQLRecursivePick<FederationTypes['Customer'], { id: true }>;
  Lead: { __typename: 'Lead' } & GraphQLRecursivePick<FederationTypes['Lead'], { id: true }>;
  Opportunity: { __typename: 'Opportunity' } & GraphQLRecursivePick<
    FederationTypes['Opportunity'],
    { id: true }
  >;
  Order: { __typename: 'Order' } & GraphQLRecursivePick<FederationTypes['Order'], { id: true }>;
  Payment: { __typename: 'Payment' } & GraphQLRecursivePick<FederationTypes['Payment'], { id: true }>;
  Product: { __typename: 'Product' } & GraphQLRecursivePick<FederationTypes['Product'], { id: true }>;
  Quote: { __typename: 'Quote' } & GraphQLRecursivePick<FederationTypes['Quote'], { id: true }>;
  User: { __typename: 'User' } & GraphQLRecursivePick<FederationTypes['User'], { id: true }>;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Activity: ResolverTypeWrapper<ActivityRow>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  ActivityConnection: ResolverTypeWrapper<
    Partial<Omit<ActivityConnection, 'edges'> & { edges: Array<ResolversTypes['ActivityEdge']> }>
  >;
  ActivityEdge: ResolverTypeWrapper<
    Partial<Omit<ActivityEdge, 'node'> & { node: ResolversTypes['Activity'] }>
  >;
  ActivityType: ResolverTypeWrapper<Partial<ActivityType>>;
  Campaign: ResolverTypeWrapper<EntityReferenceRow>;
  CompanySize: ResolverTypeWrapper<Partial<CompanySize>>;
  Contract: ResolverTypeWrapper<ContractRow>;
  ContractConnection: ResolverTypeWrapper<
    Partial<Omit<ContractConnection, 'edges'> & { edges: Array<ResolversTypes['ContractEdge']> }>
  >;
  ContractEdge: ResolverTypeWrapper<
    Partial<Omit<ContractEdge, 'node'> & { node: ResolversTypes['Contract'] }>
  >;
  ContractStatus: ResolverTypeWrapper<Partial<ContractStatus>>;
  ConvertLeadInput: ResolverTypeWrapper<Partial<ConvertLeadInput>>;
  ConvertLeadOpportunityInput: ResolverTypeWrapper<Partial<ConvertLeadOpportunityInput>>;
  ConvertLeadResult: ResolverTypeWrapper<LeadConversionRow>;
  CreateContractInput: ResolverTypeWrapper<Partial<CreateContractInput>>;
  CreateLeadInput: ResolverTypeWrapper<Partial<CreateLeadInput>>;
  CreateOpportunityInput: ResolverTypeWrapper<Partial<CreateOpportunityInput>>;
  CreateProductInput: ResolverTypeWrapper<Partial<CreateProductInput>>;
  CreateQuoteInput: ResolverTypeWrapper<Partial<CreateQuoteInput>>;
  Customer: ResolverTypeWrapper<EntityReferenceRow>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  DocumentLine: ResolverTypeWrapper<LineViewRow>;
  LargeDealThreshold: ResolverTypeWrapper<LargeDealThresholdRow>;
  Lead: ResolverTypeWrapper<LeadRow>;
  LeadAssignmentRule: ResolverTypeWrapper<LeadAssignmentRuleRow>;
  LeadAssignmentRuleInput: ResolverTypeWrapper<Partial<LeadAssignmentRuleInput>>;
  LeadAssignmentStrategy: ResolverTypeWrapper<Partial<LeadAssignmentStrategy>>;
  LeadConnection: ResolverTypeWrapper<
    Partial<Omit<LeadConnection, 'edges'> & { edges: Array<ResolversTypes['LeadEdge']> }>
  >;
  LeadEdge: ResolverTypeWrapper<Partial<Omit<LeadEdge, 'node'> & { node: ResolversTypes['Lead'] }>>;
  LeadFilter: ResolverTypeWrapper<Partial<LeadFilter>>;
  LeadFollowUp: ResolverTypeWrapper<LeadFollowUpRow>;
  LeadFollowUpConnection: ResolverTypeWrapper<
    Partial<Omit<LeadFollowUpConnection, 'edges'> & { edges: Array<ResolversTypes['LeadFollowUpEdge']> }>
  >;
  LeadFollowUpEdge: ResolverTypeWrapper<
    Partial<Omit<LeadFollowUpEdge, 'node'> & { node: ResolversTypes['LeadFollowUp'] }>
  >;
  LeadFollowUpType: ResolverTypeWrapper<Partial<LeadFollowUpType>>;
  LeadScoreFactor: ResolverTypeWrapper<Partial<LeadScoreFactor>>;
  LeadSource: ResolverTypeWrapper<Partial<LeadSource>>;
  LeadStatus: ResolverTypeWrapper<Partial<LeadStatus>>;
  LineInput: ResolverTypeWrapper<Partial<LineInput>>;
  LocalDate: ResolverTypeWrapper<Partial<Scalars['LocalDate']['output']>>;
  LogLeadFollowUpInput: ResolverTypeWrapper<Partial<LogLeadFollowUpInput>>;
  Money: ResolverTypeWrapper<Partial<Money>>;
  MoveContractInput: ResolverTypeWrapper<Partial<MoveContractInput>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Opportunity: ResolverTypeWrapper<OpportunityRow>;
  OpportunityConnection: ResolverTypeWrapper<
    Partial<Omit<OpportunityConnection, 'edges'> & { edges: Array<ResolversTypes['OpportunityEdge']> }>
  >;
  OpportunityEdge: ResolverTypeWrapper<
    Partial<Omit<OpportunityEdge, 'node'> & { node: ResolversTypes['Opportunity'] }>
  >;
  OpportunityFilter: ResolverTypeWrapper<Partial<OpportunityFilter>>;
  OpportunityLineItems: ResolverTypeWrapper<
    Partial<
      Omit<OpportunityLineItems, 'lines' | 'opportunity'> & {
        lines: Array<ResolversTypes['DocumentLine']>;
        opportunity: ResolversTypes['Opportunity'];
      }
    >
  >;
  OpportunityStage: ResolverTypeWrapper<Partial<OpportunityStage>>;
  OpportunityStageChange: ResolverTypeWrapper<OpportunityStageChangeRow>;
  Order: ResolverTypeWrapper<OrderRow>;
  OrderConnection: ResolverTypeWrapper<
    Partial<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>
  >;
  OrderEdge: ResolverTypeWrapper<Partial<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>>;
  OrderStatus: ResolverTypeWrapper<Partial<OrderStatus>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  Payment: ResolverTypeWrapper<PaymentRow>;
  PaymentConnection: ResolverTypeWrapper<
    Partial<Omit<PaymentConnection, 'edges'> & { edges: Array<ResolversTypes['PaymentEdge']> }>
  >;
  PaymentEdge: ResolverTypeWrapper<Partial<Omit<PaymentEdge, 'node'> & { node: ResolversTypes['Payment'] }>>;
  PipelineBoard: ResolverTypeWrapper<PipelineBoardRow>;
  PipelineColumn: ResolverTypeWrapper<PricedColumnRow>;
  PipelineTotal: ResolverTypeWrapper<PricedTotalRow>;
  PlaceOrderInput: ResolverTypeWrapper<Partial<PlaceOrderInput>>;
  Product: ResolverTypeWrapper<ProductRow>;
  ProductConnection: ResolverTypeWrapper<
    Partial<Omit<ProductConnection, 'edges'> & { edges: Array<ResolversTypes['ProductEdge']> }>
  >;
  ProductEdge: ResolverTypeWrapper<Partial<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quota: ResolverTypeWrapper<QuotaRow>;
  QuotaConnection: ResolverTypeWrapper<
    Partial<Omit<QuotaConnection, 'edges'> & { edges: Array<ResolversTypes['QuotaEdge']> }>
  >;
  QuotaEdge: ResolverTypeWrapper<Partial<Omit<QuotaEdge, 'node'> & { node: ResolversTypes['Quota'] }>>;
  QuotaPeriodKind: ResolverTypeWrapper<Partial<QuotaPeriodKind>>;
  Quote: ResolverTypeWrapper<QuoteRow>;
  QuoteDecisionInput: ResolverTypeWrapper<Partial<QuoteDecisionInput>>;
  QuoteStatus: ResolverTypeWrapper<Partial<QuoteStatus>>;
  RecordPaymentInput: ResolverTypeWrapper<Partial<RecordPaymentInput>>;
  RenewContractInput: ResolverTypeWrapper<Partial<RenewContractInput>>;
  ReportStockInput: ResolverTypeWrapper<Partial<ReportStockInput>>;
  ScheduleActivityInput: ResolverTypeWrapper<Partial<ScheduleActivityInput>>;
  SetOpportunityLineItemsInput: ResolverTypeWrapper<Partial<SetOpportunityLineItemsInput>>;
  SetProductPriceInput: ResolverTypeWrapper<Partial<SetProductPriceInput>>;
  SetQuotaInput: ResolverTypeWrapper<Partial<SetQuotaInput>>;
  Team: ResolverTypeWrapper<EntityReferenceRow>;
  TerminateContractInput: ResolverTypeWrapper<Partial<TerminateContractInput>>;
  UpdateActivityInput: ResolverTypeWrapper<Partial<UpdateActivityInput>>;
  UpdateLeadInput: ResolverTypeWrapper<Partial<UpdateLeadInput>>;
  UpdateOpportunityInput: ResolverTypeWrapper<Partial<UpdateOpportunityInput>>;
  UpdateProductInput: ResolverTypeWrapper<Partial<UpdateProductInput>>;
  User: ResolverTypeWrapper<EntityReferenceRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Activity: ActivityRow;
  ID: Partial<Scalars['ID']['output']>;
  String: Partial<Scalars['String']['output']>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  Int: Partial<Scalars['Int']['output']>;
  ActivityConnection: Partial<
    Omit<ActivityConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActivityEdge']> }
  >;
  ActivityEdge: Partial<Omit<ActivityEdge, 'node'> & { node: ResolversParentTypes['Activity'] }>;
  Campaign: EntityReferenceRow;
  Contract: ContractRow;
  ContractConnection: Partial<
    Omit<ContractConnection, 'edges'> & { edges: Array<ResolversParentTypes['ContractEdge']> }
  >;
  ContractEdge: Partial<Omit<ContractEdge, 'node'> & { node: ResolversParentTypes['Contract'] }>;
  ConvertLeadInput: Partial<ConvertLeadInput>;
  ConvertLeadOpportunityInput: Partial<ConvertLeadOpportunityInput>;
  ConvertLeadResult: LeadConversionRow;
  CreateContractInput: Partial<CreateContractInput>;
  CreateLeadInput: Partial<CreateLeadInput>;
  CreateOpportunityInput: Partial<CreateOpportunityInput>;
  CreateProductInput: Partial<CreateProductInput>;
  CreateQuoteInput: Partial<CreateQuoteInput>;
  Customer: EntityReferenceRow;
  DateTime: Partial<Scalars['DateTime']['output']>;
  DocumentLine: LineViewRow;
  LargeDealThreshold: LargeDealThresholdRow;
  Lead: LeadRow;
  LeadAssignmentRule: LeadAssignmentRuleRow;
  LeadAssignmentRuleInput: Partial<LeadAssignmentRuleInput>;
  LeadConnection: Partial<Omit<LeadConnection, 'edges'> & { edges: Array<ResolversParentTypes['LeadEdge']> }>;
  LeadEdge: Partial<Omit<LeadEdge, 'node'> & { node: ResolversParentTypes['Lead'] }>;
  LeadFilter: Partial<LeadFilter>;
  LeadFollowUp: LeadFollowUpRow;
  LeadFollowUpConnection: Partial<
    Omit<LeadFollowUpConnection, 'edges'> & { edges: Array<ResolversParentTypes['LeadFollowUpEdge']> }
  >;
  LeadFollowUpEdge: Partial<Omit<LeadFollowUpEdge, 'node'> & { node: ResolversParentTypes['LeadFollowUp'] }>;
  LeadScoreFactor: Partial<LeadScoreFactor>;
  LineInput: Partial<LineInput>;
  LocalDate: Partial<Scalars['LocalDate']['output']>;
  LogLeadFollowUpInput: Partial<LogLeadFollowUpInput>;
  Money: Partial<Money>;
  MoveContractInput: Partial<MoveContractInput>;
  Mutation: Record<PropertyKey, never>;
  Opportunity: OpportunityRow;
  OpportunityConnection: Partial<
    Omit<OpportunityConnection, 'edges'> & { edges: Array<ResolversParentTypes['OpportunityEdge']> }
  >;
  OpportunityEdge: Partial<Omit<OpportunityEdge, 'node'> & { node: ResolversParentTypes['Opportunity'] }>;
  OpportunityFilter: Partial<OpportunityFilter>;
  OpportunityLineItems: Partial<
    Omit<OpportunityLineItems, 'lines' | 'opportunity'> & {
      lines: Array<ResolversParentTypes['DocumentLine']>;
      opportunity: ResolversParentTypes['Opportunity'];
    }
  >;
  OpportunityStageChange: OpportunityStageChangeRow;
  Order: OrderRow;
  OrderConnection: Partial<
    Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> }
  >;
  OrderEdge: Partial<Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] }>;
  PageInfo: Partial<PageInfo>;
  Payment: PaymentRow;
  PaymentConnection: Partial<
    Omit<PaymentConnection, 'edges'> & { edges: Array<ResolversParentTypes['PaymentEdge']> }
  >;
  PaymentEdge: Partial<Omit<PaymentEdge, 'node'> & { node: ResolversParentTypes['Payment'] }>;
  PipelineBoard: PipelineBoardRow;
  PipelineColumn: PricedColumnRow;
  PipelineTotal: PricedTotalRow;
  PlaceOrderInput: Partial<PlaceOrderInput>;
  Product: ProductRow;
  ProductConnection: Partial<
    Omit<ProductConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProductEdge']> }
  >;
  ProductEdge: Partial<Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] }>;
  Query: Record<PropertyKey, never>;
  Quota: QuotaRow;
  QuotaConnection: Partial<
    Omit<QuotaConnection, 'edges'> & { edges: Array<ResolversParentTypes['QuotaEdge']> }
  >;
  QuotaEdge: Partial<Omit<QuotaEdge, 'node'> & { node: ResolversParentTypes['Quota'] }>;
  Quote: QuoteRow;
  QuoteDecisionInput: Partial<QuoteDecisionInput>;
  RecordPaymentInput: Partial<RecordPaymentInput>;
  RenewContractInput: Partial<RenewContractInput>;
  ReportStockInput: Partial<ReportStockInput>;
  ScheduleActivityInput: Partial<ScheduleActivityInput>;
  SetOpportunityLineItemsInput: Partial<SetOpportunityLineItemsInput>;
  SetProductPriceInput: Partial<SetProductPriceInput>;
  SetQuotaInput: Partial<SetQuotaInput>;
  Team: EntityReferenceRow;
  TerminateContractInput: Partial<TerminateContractInput>;
  UpdateActivityInput: Partial<UpdateActivityInput>;
  UpdateLeadInput: Partial<UpdateLeadInput>;
  UpdateOpportunityInput: Partial<UpdateOpportunityInput>;
  UpdateProductInput: Partial<UpdateProductInput>;
  User: EntityReferenceRow;
};

export type ActivityResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity'],
  FederationReferenceType extends FederationReferenceTypes['Activity'] = FederationReferenceTypes['Activity'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Activity']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  remindAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reminderDue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ActivityType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActivityConnectionResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ActivityEdgeResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['ActivityEdge'] = ResolversParentTypes['ActivityEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
};

export type CampaignResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ContractResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['Contract'] = ResolversParentTypes['Contract'],
  FederationReferenceType extends FederationReferenceTypes['Contract'] = FederationReferenceTypes['Contract'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Contract']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
  renewalDate?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  renewalReminderDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  renewalReminderOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  signedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ContractStatus'], ParentType, ContextType>;
  terminatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  terminationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContractConnectionResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['ContractConnection'] = ResolversParentTypes['ContractConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ContractEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ContractEdgeResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['ContractEdge'] = ResolversParentTypes['ContractEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Contract'], ParentType, ContextType>;
};

export type ConvertLeadResultResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['ConvertLeadResult'] = ResolversParentTypes['ConvertLeadResult'],
> = {
  contactId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
};

export type CustomerResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'],
  FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Customer']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  activities?: Resolver<
    Maybe<ResolversTypes['ActivityConnection']>,
    ParentType,
    ContextType,
    RequireFields<CustomerActivitiesArgs, 'first'>
  >;
  contracts?: Resolver<
    Maybe<ResolversTypes['ContractConnection']>,
    ParentType,
    ContextType,
    RequireFields<CustomerContractsArgs, 'first'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  opportunities?: Resolver<
    Maybe<ResolversTypes['OpportunityConnection']>,
    ParentType,
    ContextType,
    RequireFields<CustomerOpportunitiesArgs, 'first'>
  >;
  orders?: Resolver<
    Maybe<ResolversTypes['OrderConnection']>,
    ParentType,
    ContextType,
    RequireFields<CustomerOrdersArgs, 'first'>
  >;
  payments?: Resolver<
    Maybe<ResolversTypes['PaymentConnection']>,
    ParentType,
    ContextType,
    RequireFields<CustomerPaymentsArgs, 'first'>
  >;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DocumentLineResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['DocumentLine'] = ResolversParentTypes['DocumentLine'],
> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  discountPercent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type LargeDealThresholdResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['LargeDealThreshold'] = ResolversParentTypes['LargeDealThreshold'],
> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type LeadResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead'],
  FederationReferenceType extends FederationReferenceTypes['Lead'] = FederationReferenceTypes['Lead'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Lead']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  companyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  companySize?: Resolver<Maybe<ResolversTypes['CompanySize']>, ParentType, ContextType>;
  convertedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  convertedCustomer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disqualificationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  followUps?: Resolver<
    ResolversTypes['LeadFollowUpConnection'],
    ParentType,
    ContextType,
    RequireFields<LeadFollowUpsArgs, 'first'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jobTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scoreBreakdown?: Resolver<Array<ResolversTypes['LeadScoreFactor']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['LeadSource'], ParentType, ContextType>;
  sourceCampaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeadStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LeadAssignmentRuleResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['LeadAssignmentRule'] = ResolversParentTypes['LeadAssignmentRule'],
> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  assignees?: Resolver<Array<Maybe<ResolversTypes['User']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['LeadSource']>, ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['LeadAssignmentStrategy'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LeadConnectionResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['LeadConnection'] = ResolversParentTypes['LeadConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['LeadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LeadEdgeResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['LeadEdge'] = ResolversParentTypes['LeadEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
};

export type LeadFollowUpResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['LeadFollowUp'] = ResolversParentTypes['LeadFollowUp'],
> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LeadFollowUpType'], ParentType, ContextType>;
};

export type LeadFollowUpConnectionResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['LeadFollowUpConnection'] =
    ResolversParentTypes['LeadFollowUpConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['LeadFollowUpEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LeadFollowUpEdgeResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['LeadFollowUpEdge'] = ResolversParentTypes['LeadFollowUpEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LeadFollowUp'], ParentType, ContextType>;
};

export type LeadScoreFactorResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['LeadScoreFactor'] = ResolversParentTypes['LeadScoreFactor'],
> = {
  factor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface LocalDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDate'], any> {
  name: 'LocalDate';
}

export type MoneyResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money'],
> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  acceptQuote?: Resolver<
    ResolversTypes['Quote'],
    ParentType,
    ContextType,
    RequireFields<MutationAcceptQuoteArgs, 'input'>
  >;
  assignLead?: Resolver<
    ResolversTypes['Lead'],
    ParentType,
    ContextType,
    RequireFields<MutationAssignLeadArgs, 'id' | 'ownerId'>
  >;
  completeActivity?: Resolver<
    ResolversTypes['Activity'],
    ParentType,
    ContextType,
    RequireFields<MutationCompleteActivityArgs, 'id' | 'version'>
  >;
  convertLead?: Resolver<
    ResolversTypes['ConvertLeadResult'],
    ParentType,
    ContextType,
    RequireFields<MutationConvertLeadArgs, 'id'>
  >;
  createContract?: Resolver<
    ResolversTypes['Contract'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateContractArgs, 'input'>
  >;
  createLead?: Resolver<
    ResolversTypes['Lead'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateLeadArgs, 'input'>
  >;
  createLeadAssignmentRule?: Resolver<
    ResolversTypes['LeadAssignmentRule'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateLeadAssignmentRuleArgs, 'input'>
  >;
  createOpportunity?: Resolver<
    ResolversTypes['Opportunity'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateOpportunityArgs, 'input'>
  >;
  createProduct?: Resolver<
    ResolversTypes['Product'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateProductArgs, 'input'>
  >;
  createQuote?: Resolver<
    ResolversTypes['Quote'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateQuoteArgs, 'input'>
  >;
  disqualifyLead?: Resolver<
    ResolversTypes['Lead'],
    ParentType,
    ContextType,
    RequireFields<MutationDisqualifyLeadArgs, 'id' | 'reason'>
  >;
  issueQuote?: Resolver<
    ResolversTypes['Quote'],
    ParentType,
    ContextType,
    RequireFields<MutationIssueQuoteArgs, 'input'>
  >;
  logLeadFollowUp?: Resolver<
    ResolversTypes['LeadFollowUp'],
    ParentType,
    ContextType,
    RequireFields<MutationLogLeadFollowUpArgs, 'input' | 'leadId'>
  >;
  loseOpportunity?: Resolver<
    ResolversTypes['Opportunity'],
    ParentType,
    ContextType,
    RequireFields<MutationLoseOpportunityArgs, 'id' | 'reason' | 'version'>
  >;
  moveContract?: Resolver<
    ResolversTypes['Contract'],
    ParentType,
    ContextType,
    RequireFields<MutationMoveContractArgs, 'input'>
  >;
  moveOpportunityStage?: Resolver<
    ResolversTypes['Opportunity'],
    ParentType,
    ContextType,
    RequireFields<MutationMoveOpportunityStageArgs, 'id' | 'stage' | 'version'>
  >;
  placeOrder?: Resolver<
    ResolversTypes['Order'],
    ParentType,
    ContextType,
    RequireFields<MutationPlaceOrderArgs, 'input'>
  >;
  qualifyLead?: Resolver<
    ResolversTypes['Lead'],
    ParentType,
    ContextType,
    RequireFields<MutationQualifyLeadArgs, 'id'>
  >;
  recordPayment?: Resolver<
    ResolversTypes['Payment'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordPaymentArgs, 'input'>
  >;
  rejectQuote?: Resolver<
    ResolversTypes['Quote'],
    ParentType,
    ContextType,
    RequireFields<MutationRejectQuoteArgs, 'input'>
  >;
  renewContract?: Resolver<
    ResolversTypes['Contract'],
    ParentType,
    ContextType,
    RequireFields<MutationRenewContractArgs, 'input'>
  >;
  reopenOpportunity?: Resolver<
    ResolversTypes['Opportunity'],
    ParentType,
    ContextType,
    RequireFields<MutationReopenOpportunityArgs, 'id' | 'reason' | 'stage' | 'version'>
  >;
  reportStock?: Resolver<
    ResolversTypes['Product'],
    ParentType,
    ContextType,
    RequireFields<MutationReportStockArgs, 'input'>
  >;
  scheduleActivity?: Resolver<
    ResolversTypes['Activity'],
    ParentType,
    ContextType,
    RequireFields<MutationScheduleActivityArgs, 'input'>
  >;
  setLargeDealThreshold?: Resolver<
    ResolversTypes['LargeDealThreshold'],
    ParentType,
    ContextType,
    RequireFields<MutationSetLargeDealThresholdArgs, 'amount' | 'currency'>
  >;
  setOpportunityLineItems?: Resolver<
    ResolversTypes['OpportunityLineItems'],
    ParentType,
    ContextType,
    RequireFields<MutationSetOpportunityLineItemsArgs, 'input'>
  >;
  setProductPrice?: Resolver<
    ResolversTypes['Product'],
    ParentType,
    ContextType,
    RequireFields<MutationSetProductPriceArgs, 'input'>
  >;
  setQuota?: Resolver<
    ResolversTypes['Quota'],
    ParentType,
    ContextType,
    RequireFields<MutationSetQuotaArgs, 'input'>
  >;
  terminateContract?: Resolver<
    ResolversTypes['Contract'],
    ParentType,
    ContextType,
    RequireFields<MutationTerminateContractArgs, 'input'>
  >;
  updateActivity?: Resolver<
    ResolversTypes['Activity'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateActivityArgs, 'id' | 'input' | 'version'>
  >;
  updateLead?: Resolver<
    ResolversTypes['Lead'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateLeadArgs, 'id' | 'input' | 'version'>
  >;
  updateLeadAssignmentRule?: Resolver<
    ResolversTypes['LeadAssignmentRule'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateLeadAssignmentRuleArgs, 'id' | 'input' | 'version'>
  >;
  updateOpportunity?: Resolver<
    ResolversTypes['Opportunity'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateOpportunityArgs, 'id' | 'input' | 'version'>
  >;
  updateProduct?: Resolver<
    ResolversTypes['Product'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateProductArgs, 'input'>
  >;
  winOpportunity?: Resolver<
    ResolversTypes['Opportunity'],
    ParentType,
    ContextType,
    RequireFields<MutationWinOpportunityArgs, 'id' | 'version'>
  >;
};

export type OpportunityResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['Opportunity'] = ResolversParentTypes['Opportunity'],
  FederationReferenceType extends FederationReferenceTypes['Opportunity'] =
    FederationReferenceTypes['Opportunity'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Opportunity']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  activities?: Resolver<
    Maybe<ResolversTypes['ActivityConnection']>,
    ParentType,
    ContextType,
    RequireFields<OpportunityActivitiesArgs, 'first'>
  >;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  competitors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  expectedCloseDate?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineItems?: Resolver<Array<ResolversTypes['DocumentLine']>, ParentType, ContextType>;
  lostReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['OpportunityStage'], ParentType, ContextType>;
  stageHistory?: Resolver<Array<ResolversTypes['OpportunityStageChange']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wonReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OpportunityConnectionResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['OpportunityConnection'] =
    ResolversParentTypes['OpportunityConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['OpportunityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type OpportunityEdgeResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['OpportunityEdge'] = ResolversParentTypes['OpportunityEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType>;
};

export type OpportunityLineItemsResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['OpportunityLineItems'] =
    ResolversParentTypes['OpportunityLineItems'],
> = {
  lines?: Resolver<Array<ResolversTypes['DocumentLine']>, ParentType, ContextType>;
  opportunity?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type OpportunityStageChangeResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['OpportunityStageChange'] =
    ResolversParentTypes['OpportunityStageChange'],
> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  fromStage?: Resolver<Maybe<ResolversTypes['OpportunityStage']>, ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStage?: Resolver<ResolversTypes['OpportunityStage'], ParentType, ContextType>;
};

export type OrderResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'],
  FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Order']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  contract?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['DocumentLine']>, ParentType, ContextType>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  outstandingBalance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  paidAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrderConnectionResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type OrderEdgeResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
};

export type PageInfoResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PaymentResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment'],
  FederationReferenceType extends FederationReferenceTypes['Payment'] = FederationReferenceTypes['Payment'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Payment']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PaymentConnectionResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['PaymentConnection'] = ResolversParentTypes['PaymentConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['PaymentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PaymentEdgeResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['PaymentEdge'] = ResolversParentTypes['PaymentEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
};

export type PipelineBoardResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['PipelineBoard'] = ResolversParentTypes['PipelineBoard'],
> = {
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  excludedOtherCurrencies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['PipelineColumn']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['PipelineTotal'], ParentType, ContextType>;
};

export type PipelineColumnResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['PipelineColumn'] = ResolversParentTypes['PipelineColumn'],
> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['OpportunityStage'], ParentType, ContextType>;
  weightedAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type PipelineTotalResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['PipelineTotal'] = ResolversParentTypes['PipelineTotal'],
> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weightedAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type ProductResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'],
  FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Product']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<
    Maybe<ResolversTypes['Money']>,
    ParentType,
    ContextType,
    RequireFields<ProductPriceArgs, 'currency'>
  >;
  prices?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  stockOnHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stockReportedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProductConnectionResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ProductEdgeResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  activity?: Resolver<
    Maybe<ResolversTypes['Activity']>,
    ParentType,
    ContextType,
    RequireFields<QueryActivityArgs, 'id'>
  >;
  contract?: Resolver<
    Maybe<ResolversTypes['Contract']>,
    ParentType,
    ContextType,
    RequireFields<QueryContractArgs, 'id'>
  >;
  contractsDueForRenewal?: Resolver<
    ResolversTypes['ContractConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryContractsDueForRenewalArgs, 'first' | 'withinDays'>
  >;
  largeDealThresholds?: Resolver<Array<ResolversTypes['LargeDealThreshold']>, ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType, RequireFields<QueryLeadArgs, 'id'>>;
  leadAssignmentRules?: Resolver<Array<ResolversTypes['LeadAssignmentRule']>, ParentType, ContextType>;
  leads?: Resolver<
    ResolversTypes['LeadConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryLeadsArgs, 'first'>
  >;
  myAgenda?: Resolver<
    ResolversTypes['ActivityConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryMyAgendaArgs, 'first' | 'from' | 'includeCompleted' | 'to'>
  >;
  opportunities?: Resolver<
    ResolversTypes['OpportunityConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryOpportunitiesArgs, 'first'>
  >;
  opportunity?: Resolver<
    Maybe<ResolversTypes['Opportunity']>,
    ParentType,
    ContextType,
    RequireFields<QueryOpportunityArgs, 'id'>
  >;
  order?: Resolver<
    Maybe<ResolversTypes['Order']>,
    ParentType,
    ContextType,
    RequireFields<QueryOrderArgs, 'id'>
  >;
  overdueOrders?: Resolver<
    ResolversTypes['OrderConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryOverdueOrdersArgs, 'first'>
  >;
  pipeline?: Resolver<
    ResolversTypes['PipelineBoard'],
    ParentType,
    ContextType,
    RequireFields<QueryPipelineArgs, 'currency'>
  >;
  product?: Resolver<
    Maybe<ResolversTypes['Product']>,
    ParentType,
    ContextType,
    RequireFields<QueryProductArgs, 'id'>
  >;
  products?: Resolver<
    ResolversTypes['ProductConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryProductsArgs, 'first'>
  >;
  quotas?: Resolver<
    ResolversTypes['QuotaConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryQuotasArgs, 'first'>
  >;
  quote?: Resolver<
    Maybe<ResolversTypes['Quote']>,
    ParentType,
    ContextType,
    RequireFields<QueryQuoteArgs, 'id'>
  >;
};

export type QuotaResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['Quota'] = ResolversParentTypes['Quota'],
> = {
  endsOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodKind?: Resolver<ResolversTypes['QuotaPeriodKind'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QuotaConnectionResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['QuotaConnection'] = ResolversParentTypes['QuotaConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['QuotaEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type QuotaEdgeResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['QuotaEdge'] = ResolversParentTypes['QuotaEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Quota'], ParentType, ContextType>;
};

export type QuoteResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote'],
  FederationReferenceType extends FederationReferenceTypes['Quote'] = FederationReferenceTypes['Quote'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Quote']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  discountPercent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  discountTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['DocumentLine']>, ParentType, ContextType>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QuoteStatus'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TeamResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserResolvers<
  ContextType = SalesContext,
  ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'],
  FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['User']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quotas?: Resolver<Maybe<Array<ResolversTypes['Quota']>>, ParentType, ContextType, Partial<UserQuotasArgs>>;
};

export type Resolvers<ContextType = SalesContext> = {
  Activity?: ActivityResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  Contract?: ContractResolvers<ContextType>;
  ContractConnection?: ContractConnectionResolvers<ContextType>;
  ContractEdge?: ContractEdgeResolvers<ContextType>;
  ConvertLeadResult?: ConvertLeadResultResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DocumentLine?: DocumentLineResolvers<ContextType>;
  LargeDealThreshold?: LargeDealThresholdResolvers<ContextType>;
  Lead?: LeadResolvers<ContextType>;
  LeadAssignmentRule?: LeadAssignmentRuleResolvers<ContextType>;
  LeadConnection?: LeadConnectionResolvers<ContextType>;
  LeadEdge?: LeadEdgeResolvers<ContextType>;
  LeadFollowUp?: LeadFollowUpResolvers<ContextType>;
  LeadFollowUpConnection?: LeadFollowUpConnectionResolvers<ContextType>;
  LeadFollowUpEdge?: LeadFollowUpEdgeResolvers<ContextType>;
  LeadScoreFactor?: LeadScoreFactorResolvers<ContextType>;
  LocalDate?: GraphQLScalarType;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Opportunity?: OpportunityResolvers<ContextType>;
  OpportunityConnection?: OpportunityConnectionResolvers<ContextType>;
  OpportunityEdge?: OpportunityEdgeResolvers<ContextType>;
  OpportunityLineItems?: OpportunityLineItemsResolvers<ContextType>;
  OpportunityStageChange?: OpportunityStageChangeResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentConnection?: PaymentConnectionResolvers<ContextType>;
  PaymentEdge?: PaymentEdgeResolvers<ContextType>;
  PipelineBoard?: PipelineBoardResolvers<ContextType>;
  PipelineColumn?: PipelineColumnResolvers<ContextType>;
  PipelineTotal?: PipelineTotalResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quota?: QuotaResolvers<ContextType>;
  QuotaConnection?: QuotaConnectionResolvers<ContextType>;
  QuotaEdge?: QuotaEdgeResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};
