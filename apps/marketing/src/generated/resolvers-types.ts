import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Campaign as CampaignRow } from '../data/campaign.entity';
import type { MessageTemplate as MessageTemplateRow } from '../data/message-template.entity';
import type { MarketingMessage as MarketingMessageRow } from '../data/marketing-message.entity';
import type { Segment as SegmentRow } from '../data/segment.entity';
import type { SegmentMemberRow as SegmentMemberRowRow } from '../data/segment-member.repository';
import type { StaticListImport as StaticListImportRow } from '../changes/segment.changes';
import type { CampaignCost as CampaignCostRow } from '../data/campaign-cost.entity';
import type { CampaignMember as CampaignMemberRow } from '../data/campaign-member.entity';
import type { CampaignResponse as CampaignResponseRow } from '../data/campaign-response.entity';
import type { LoyaltyProgramme as LoyaltyProgrammeRow } from '../data/loyalty-programme.entity';
import type { LoyaltyMember as LoyaltyMemberRow } from '../data/loyalty-member.entity';
import type { LoyaltyLedgerEntry as LoyaltyLedgerEntryRow } from '../data/loyalty-ledger-entry.entity';
import type { ReferralStatsRow as ReferralStatsRowRow } from '../data/referral.repository';
import type { LoyaltyCampaignBonus as LoyaltyCampaignBonusRow } from '../data/loyalty-campaign-bonus.entity';
import type { ProductRecommendation as ProductRecommendationRow } from '../domain/product-ranking';
import type { Journey as JourneyRow } from '../data/journey.entity';
import type { MarketingContext } from '../marketing-context';
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
  /** ISO-8601 date-time in UTC, e.g. 2026-11-24T10:00:00.000Z. */
  DateTime: { input: Date | string; output: Date | string };
  /** A JSON object, e.g. template variables. */
  JSONObject: { input: unknown; output: unknown };
  /** ISO-8601 calendar date, e.g. 2026-12-31. */
  LocalDate: { input: string; output: string };
  /**
   * A dynamic segment's rule tree, as JSON. A node is either an AND/OR group
   *
   *   { "combinator": "AND" | "OR", "conditions": [node, …] }      (1 to 50 entries, nested at most 5 deep)
   *
   * or a condition on one attribute of marketing's customer projection
   *
   *   { "field": "tier", "operator": "in", "values": ["A", "B"] }
   *
   * Fields and their operators:
   * - kind (COMPANY, PERSON), tier (A–D), lifecycle (PROSPECT … CHURNED): eq, in, notIn, isSet
   * - region, industry (text): eq, in, notIn, isSet
   * - tags (tag names): contains, isSet
   * - emailConsent, smsConsent, phoneConsent: eq true | false (no recorded decision counts as false)
   * - revenue (per currency, exact; give "currency": "EUR"): eq, gt, gte, lt, lte, between; value a decimal string
   * - orderCount, csat (1–5): eq, gt, gte, lt, lte, between, isSet
   * - lastOrderAt: gt, gte, lt, lte, between (ISO dates), olderThanDays, withinDays (days), isSet
   *
   * eq, gt…lte, contains, isSet (true/false), olderThanDays and withinDays take "value"; in and notIn take
   * "values" (1 to 100); between takes "values": [lower, upper], both inclusive. A customer who never
   * ordered is neither olderThanDays nor withinDays (add isSet false in an OR group to include them).
   * A bad node is BAD_USER_INPUT with its path, e.g. input.rule.conditions[1].value.
   */
  SegmentRule: { input: unknown; output: unknown };
  _FieldSet: { input: unknown; output: unknown };
};

export type AddCampaignMembersResult = {
  __typename?: 'AddCampaignMembersResult';
  /** Members new to the campaign. */
  addedCount: Scalars['Int']['output'];
  campaign: Campaign;
  /** Members it had already (and repeats in the list). */
  ignoredCount: Scalars['Int']['output'];
};

export type AddLoyaltyCampaignBonusInput = {
  campaignId: Scalars['ID']['input'];
  /** On or after startsOn. */
  endsOn: Scalars['LocalDate']['input'];
  /** Above 0, at most 100, e.g. "2" for double points. */
  pointsMultiplier: Scalars['String']['input'];
  programmeId: Scalars['ID']['input'];
  startsOn: Scalars['LocalDate']['input'];
};

/**
 * A marketing campaign: what the business spends to reach an audience over a period. The calendar
 * job starts a SCHEDULED campaign on startsOn and completes an ACTIVE one the day after endsOn (UTC days).
 */
export type Campaign = {
  __typename?: 'Campaign';
  /** What the campaign may spend; null when no budget is set. */
  budget: Maybe<Money>;
  /** Why it was cancelled; null unless status is CANCELLED. */
  cancellationReason: Maybe<Scalars['String']['output']>;
  /** The channels it uses, as a set. */
  channels: Array<CampaignChannel>;
  /** Cost lines, most recently recorded first. */
  costs: CampaignCostConnection;
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** On or after startsOn. */
  endsOn: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  /** How many members are at each status. */
  memberStats: CampaignMemberStats;
  /** Members, most recently added first; only those in `status` when it is given. */
  members: CampaignMemberConnection;
  name: Scalars['String']['output'];
  /** True when the total cost exceeds the budget. */
  overBudget: Scalars['Boolean']['output'];
  /** Responses per channel (channels without responses are left out). */
  responseStats: Array<CampaignChannelCount>;
  /** Responses, newest first. */
  responses: CampaignResponseConnection;
  startsOn: Maybe<Scalars['LocalDate']['output']>;
  status: CampaignStatus;
  /** The sum of the cost lines, in the campaign's currency (its budget's, else its first cost's); null with neither. */
  totalCost: Maybe<Money>;
  /** Optimistic-locking version: pass it back on updates. */
  version: Scalars['Int']['output'];
};

/**
 * A marketing campaign: what the business spends to reach an audience over a period. The calendar
 * job starts a SCHEDULED campaign on startsOn and completes an ACTIVE one the day after endsOn (UTC days).
 */
export type CampaignCostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A marketing campaign: what the business spends to reach an audience over a period. The calendar
 * job starts a SCHEDULED campaign on startsOn and completes an ACTIVE one the day after endsOn (UTC days).
 */
export type CampaignMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CampaignMemberStatus>;
};

/**
 * A marketing campaign: what the business spends to reach an audience over a period. The calendar
 * job starts a SCHEDULED campaign on startsOn and completes an ACTIVE one the day after endsOn (UTC days).
 */
export type CampaignResponsesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a campaign reaches its audience, and where a response came from. */
export type CampaignChannel = 'EMAIL' | 'EVENT' | 'OTHER' | 'PHONE' | 'SMS' | 'SOCIAL' | 'WEB';

export type CampaignChannelCount = {
  __typename?: 'CampaignChannelCount';
  channel: CampaignChannel;
  count: Scalars['Int']['output'];
};

export type CampaignConnection = {
  __typename?: 'CampaignConnection';
  edges: Array<CampaignEdge>;
  pageInfo: PageInfo;
};

/** One expense of a campaign. */
export type CampaignCost = {
  __typename?: 'CampaignCost';
  amount: Money;
  /** e.g. Media, Print, Booth. */
  category: Scalars['String']['output'];
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  spentOn: Scalars['LocalDate']['output'];
};

export type CampaignCostConnection = {
  __typename?: 'CampaignCostConnection';
  edges: Array<CampaignCostEdge>;
  pageInfo: PageInfo;
};

export type CampaignCostEdge = {
  __typename?: 'CampaignCostEdge';
  cursor: Scalars['String']['output'];
  node: CampaignCost;
};

export type CampaignCostInput = {
  /** Decimal string > 0, at most 4 decimals. */
  amount: Scalars['String']['input'];
  /** 1 to 100 characters, e.g. Media. */
  category: Scalars['String']['input'];
  /** The campaign's currency: its budget's, or that of its first cost. */
  currency: Scalars['String']['input'];
  /** Send the same key when retrying: the line is recorded once. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  spentOn: Scalars['LocalDate']['input'];
};

export type CampaignEdge = {
  __typename?: 'CampaignEdge';
  cursor: Scalars['String']['output'];
  node: Campaign;
};

/** Someone a campaign targets: exactly one of customer, contactId or leadId is set. */
export type CampaignMember = {
  __typename?: 'CampaignMember';
  campaign: Campaign;
  contactId: Maybe<Scalars['ID']['output']>;
  /** When the member was added. */
  createdAt: Scalars['DateTime']['output'];
  customer: Maybe<Customer>;
  id: Scalars['ID']['output'];
  leadId: Maybe<Scalars['ID']['output']>;
  status: CampaignMemberStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version: pass it back to setCampaignMemberStatus. */
  version: Scalars['Int']['output'];
};

export type CampaignMemberConnection = {
  __typename?: 'CampaignMemberConnection';
  edges: Array<CampaignMemberEdge>;
  pageInfo: PageInfo;
};

export type CampaignMemberEdge = {
  __typename?: 'CampaignMemberEdge';
  cursor: Scalars['String']['output'];
  node: CampaignMember;
};

/** Exactly one of the three. */
export type CampaignMemberInput = {
  contactId?: InputMaybe<Scalars['ID']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  leadId?: InputMaybe<Scalars['ID']['input']>;
};

export type CampaignMemberStats = {
  __typename?: 'CampaignMemberStats';
  clicked: Scalars['Int']['output'];
  converted: Scalars['Int']['output'];
  delivered: Scalars['Int']['output'];
  opened: Scalars['Int']['output'];
  responded: Scalars['Int']['output'];
  sent: Scalars['Int']['output'];
  targeted: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/**
 * How far a member got, in order: TARGETED → SENT → DELIVERED → OPENED → CLICKED → RESPONDED →
 * CONVERTED. A member only moves forward (steps may be skipped).
 */
export type CampaignMemberStatus =
  'CLICKED' | 'CONVERTED' | 'DELIVERED' | 'OPENED' | 'RESPONDED' | 'SENT' | 'TARGETED';

/** A member's response on a channel. */
export type CampaignResponse = {
  __typename?: 'CampaignResponse';
  channel: CampaignChannel;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: CampaignResponseKind;
  member: CampaignMember;
  note: Maybe<Scalars['String']['output']>;
};

export type CampaignResponseConnection = {
  __typename?: 'CampaignResponseConnection';
  edges: Array<CampaignResponseEdge>;
  pageInfo: PageInfo;
};

export type CampaignResponseEdge = {
  __typename?: 'CampaignResponseEdge';
  cursor: Scalars['String']['output'];
  node: CampaignResponse;
};

/** What a member's response was. */
export type CampaignResponseKind =
  'ATTENDANCE' | 'COMPLAINT' | 'INQUIRY' | 'OTHER' | 'PURCHASE_INTENT' | 'REGISTRATION' | 'REPLY';

/** Lifecycle of a campaign (DESIGN §3): DRAFT → SCHEDULED → ACTIVE → COMPLETED, or CANCELLED. */
export type CampaignStatus = 'ACTIVE' | 'CANCELLED' | 'COMPLETED' | 'DRAFT' | 'SCHEDULED';

export type CreateCampaignInput = {
  /** Decimal string, e.g. "25000.00"; at most 4 decimals. Give it with budgetCurrency, or neither. */
  budgetAmount?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 code, e.g. EUR. Give it with budgetAmount, or neither. */
  budgetCurrency?: InputMaybe<Scalars['String']['input']>;
  channels?: InputMaybe<Array<CampaignChannel>>;
  /** At most 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** On or after startsOn. */
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Send the same key when retrying: the first result is returned, nothing is created twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type CreateLoyaltyProgrammeInput = {
  /** Enrol customers automatically on their first payment (default false). */
  autoEnroll?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 4217 code, e.g. EUR. */
  currency: Scalars['String']['input'];
  /** Send the same key when retrying: the first result is returned, nothing is created twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  levelBasis: LoyaltyLevelBasis;
  /** Ascending thresholds; at most 20. */
  levels?: InputMaybe<Array<LoyaltyLevelInput>>;
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** 1 to 120; left out: points never expire. */
  pointsExpiryMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Above 0, at most 4 decimals, e.g. "1". */
  pointsPerUnit: Scalars['String']['input'];
  /** 0 to 1000000 (default 0). */
  referralRewardPoints?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateSegmentInput = {
  /** At most 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Send the same key when retrying: the first result is returned, nothing is created twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: SegmentKind;
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Required for DYNAMIC, not allowed for STATIC. */
  rule?: InputMaybe<Scalars['SegmentRule']['input']>;
};

/**
 * A customer of the customer subgraph. Marketing's parts add what they know of it (segments,
 * loyalty, recommended products) with `extend type Customer` in their own files.
 */
export type Customer = {
  __typename?: 'Customer';
  /** The campaigns the customer is a member of (with its status in each), most recently added first. */
  campaignMemberships: Maybe<CampaignMemberConnection>;
  id: Scalars['ID']['output'];
  /** The customer's loyalty membership; null if they are not enrolled. */
  loyalty: Maybe<LoyaltyMember>;
  /**
   * The next best products (cross-selling, issue 13 §7): co-purchase rules from what the customer bought
   * first, then what is popular in its group; never a product it already owns. `first`: 1 to 50.
   * Empty for a customer outside the caller's scope.
   */
  recommendedProducts: Maybe<Array<ProductRecommendation>>;
  /** The code a lead or customer gives at creation to name this customer as referrer; null if not enrolled. */
  referralCode: Maybe<Scalars['String']['output']>;
  referrals: Maybe<ReferralStats>;
  /** The active segments the customer is a member of, by name. */
  segments: Maybe<Array<Segment>>;
};

/**
 * A customer of the customer subgraph. Marketing's parts add what they know of it (segments,
 * loyalty, recommended products) with `extend type Customer` in their own files.
 */
export type CustomerCampaignMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A customer of the customer subgraph. Marketing's parts add what they know of it (segments,
 * loyalty, recommended products) with `extend type Customer` in their own files.
 */
export type CustomerRecommendedProductsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * An automation journey (营销自动化): a trigger, then steps in order. The definition is JSON:
 * `{ trigger, steps: [...] }`. The trigger is `{ kind: EVENT, eventType }` (customer created, churned or
 * lifecycle changed, order placed, payment received, ticket closed, churn risk detected), `{ kind:
 * SEGMENT_ENTERED, segmentId }`, `{ kind: DATE, field: BIRTH_DATE, daysBefore (0-60), timeZone }` (each day,
 * once a year per customer) or `{ kind: SCHEDULE, cron (UTC), segmentId }` (the segment's members at each
 * slot). Each step is `{ id, kind, ... }` with kind SEND (templateId, variables, optional campaignId), WAIT (hours), BRANCH (rule: a segment rule on
 * the customer; then, else: a step id or END), ADD_TO_LIST / REMOVE_FROM_LIST (segmentId of a static list),
 * FOLLOW_UP (note, dueInDays: sales makes it a to-do for the customer's owner) or EXIT.
 */
export type Journey = {
  __typename?: 'Journey';
  createdAt: Scalars['DateTime']['output'];
  /** The draft definition; customers run on the published versions. */
  definition: Scalars['JSONObject']['output'];
  id: Scalars['ID']['output'];
  /** The version new customers enter; null before the first publication. */
  liveVersion: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  stats: JourneyStats;
  status: JourneyStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version: pass it back on updates. */
  version: Scalars['Int']['output'];
};

export type JourneyConnection = {
  __typename?: 'JourneyConnection';
  edges: Array<JourneyEdge>;
  pageInfo: PageInfo;
};

export type JourneyEdge = {
  __typename?: 'JourneyEdge';
  cursor: Scalars['String']['output'];
  node: Journey;
};

export type JourneyInput = {
  definition: Scalars['JSONObject']['input'];
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
};

export type JourneyStats = {
  __typename?: 'JourneyStats';
  completed: Scalars['Int']['output'];
  entered: Scalars['Int']['output'];
  exited: Scalars['Int']['output'];
  running: Scalars['Int']['output'];
  /** How many customers completed each step, per journey version. */
  steps: Array<JourneyStepStats>;
};

/** A journey's life: DRAFT (edited, nobody enters) → ACTIVE (its live version takes customers in) → ARCHIVED. */
export type JourneyStatus = 'ACTIVE' | 'ARCHIVED' | 'DRAFT';

export type JourneyStepStats = {
  __typename?: 'JourneyStepStats';
  completed: Scalars['Int']['output'];
  stepId: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A journey to start from; fill in the `<…>` ids and pass the definition to createJourney. */
export type JourneyTemplate = {
  __typename?: 'JourneyTemplate';
  definition: Scalars['JSONObject']['output'];
  description: Scalars['String']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/**
 * A campaign's points multiplier: a payment received (UTC date) from startsOn to endsOn earns
 * floor(amount × pointsPerUnit × level multiplier × this). Overlapping bonuses do not stack: the highest counts.
 */
export type LoyaltyCampaignBonus = {
  __typename?: 'LoyaltyCampaignBonus';
  campaign: Campaign;
  endsOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  pointsMultiplier: Scalars['String']['output'];
  startsOn: Scalars['LocalDate']['output'];
};

export type LoyaltyHistoryConnection = {
  __typename?: 'LoyaltyHistoryConnection';
  edges: Array<LoyaltyHistoryEdge>;
  pageInfo: PageInfo;
};

export type LoyaltyHistoryEdge = {
  __typename?: 'LoyaltyHistoryEdge';
  cursor: Scalars['String']['output'];
  node: LoyaltyHistoryEntry;
};

export type LoyaltyHistoryEntry = {
  __typename?: 'LoyaltyHistoryEntry';
  amount: Maybe<Money>;
  /** The balance after this entry. */
  balanceAfter: Scalars['Int']['output'];
  /** The campaign multiplier applied to a payment's earning ("1" outside any campaign bonus). */
  campaignMultiplier: Maybe<Scalars['String']['output']>;
  /** When the rest of an earned lot expires; null if never. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: LoyaltyHistoryKind;
  /** The level multiplier applied to an earning. */
  multiplier: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  /** The payment, for EARNED and NOT_EARNED. */
  paymentId: Maybe<Scalars['ID']['output']>;
  /** Positive for earnings, negative for redemptions and expiries. */
  points: Scalars['Int']['output'];
  /** Why: a redemption's reason, or why a payment earned nothing (erased with the customer's data). */
  reason: Maybe<Scalars['String']['output']>;
};

export type LoyaltyHistoryKind =
  /** A payment earned a lot of points. */
  | 'EARNED'
  /** Unused points of a lot past its expiry. */
  | 'EXPIRED'
  /** A payment earned nothing; `reason` says why (e.g. another currency). */
  | 'NOT_EARNED'
  | 'REDEEMED'
  /** A customer this member referred paid for the first time. */
  | 'REFERRAL_REWARD';

/** One level of a programme; the member holds the highest one whose threshold they reached. */
export type LoyaltyLevel = {
  __typename?: 'LoyaltyLevel';
  name: Scalars['String']['output'];
  /** Points earned at this level are multiplied by it, e.g. "1.5". */
  pointsMultiplier: Scalars['String']['output'];
  /** The default discount of the member's new quotes, 0 to 100 (sales applies it). */
  quoteDiscountPercent: Scalars['String']['output'];
  /** Qualifying points (basis POINTS) or spend in the programme's currency (basis SPEND), as a decimal string. */
  threshold: Scalars['String']['output'];
};

/** What a programme's levels are reached by: qualifying points (earned, not expired) or lifetime spend. */
export type LoyaltyLevelBasis = 'POINTS' | 'SPEND';

export type LoyaltyLevelInput = {
  /** 1 to 50 characters, unique in the programme. */
  name: Scalars['String']['input'];
  /** Above 0, at most 100, e.g. "1.5". */
  pointsMultiplier: Scalars['String']['input'];
  /** 0 to 100, at most 2 decimals. */
  quoteDiscountPercent: Scalars['String']['input'];
  /** At least 0 and above the previous level's; whole points for basis POINTS, a decimal amount for SPEND. */
  threshold: Scalars['String']['input'];
};

/** A customer's membership: balance, level and the history of their points. */
export type LoyaltyMember = {
  __typename?: 'LoyaltyMember';
  /** Points that can be redeemed now. */
  balance: Scalars['Int']['output'];
  customer: Customer;
  enrolledAt: Scalars['DateTime']['output'];
  /** Newest first. */
  history: LoyaltyHistoryConnection;
  id: Scalars['ID']['output'];
  /** Null below the programme's lowest threshold. */
  level: Maybe<LoyaltyLevel>;
  /** Every point ever earned. */
  lifetimePoints: Scalars['Int']['output'];
  programme: LoyaltyProgramme;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};

/** A customer's membership: balance, level and the history of their points. */
export type LoyaltyMemberHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A loyalty programme (会员积分): points per currency unit earned from payments in its currency,
 * levels, and how long earned points last.
 */
export type LoyaltyProgramme = {
  __typename?: 'LoyaltyProgramme';
  /** Customers join on their first payment. */
  autoEnroll: Scalars['Boolean']['output'];
  /** Campaign multipliers on payments received in their windows, oldest first. */
  campaignBonuses: Array<LoyaltyCampaignBonus>;
  createdAt: Scalars['DateTime']['output'];
  /** ISO 4217: payments in another currency earn no points. */
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  levelBasis: LoyaltyLevelBasis;
  /** In ascending order of threshold. */
  levels: Array<LoyaltyLevel>;
  name: Scalars['String']['output'];
  /** Each earned lot expires this many months after it was earned unless used; null: never. */
  pointsExpiryMonths: Maybe<Scalars['Int']['output']>;
  /** Points per unit of the currency, a decimal string, e.g. "1" or "0.5". */
  pointsPerUnit: Scalars['String']['output'];
  /** Points the referrer gets when a customer they referred first pays. */
  referralRewardPoints: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
};

export type LoyaltyProgrammeConnection = {
  __typename?: 'LoyaltyProgrammeConnection';
  edges: Array<LoyaltyProgrammeEdge>;
  pageInfo: PageInfo;
};

export type LoyaltyProgrammeEdge = {
  __typename?: 'LoyaltyProgrammeEdge';
  cursor: Scalars['String']['output'];
  node: LoyaltyProgramme;
};

/** One marketing message to one customer. Its text is kept until the customer is erased. */
export type MarketingMessage = {
  __typename?: 'MarketingMessage';
  /** The address written to; null for the roles that may not see personal data, or once erased. */
  address: Maybe<Scalars['String']['output']>;
  campaign: Maybe<Campaign>;
  channel: MessageChannel;
  clickedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  customer: Customer;
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  openedAt: Maybe<Scalars['DateTime']['output']>;
  /** When it goes (again): now, the end of quiet hours, or after a failed try. */
  sendAfter: Scalars['DateTime']['output'];
  sentAt: Maybe<Scalars['DateTime']['output']>;
  status: MessageStatus;
  /** Why it is suppressed, deferred, bounced or failed, in words. */
  statusDetail: Maybe<Scalars['String']['output']>;
  subject: Maybe<Scalars['String']['output']>;
  /** Set when SUPPRESSED. */
  suppressionReason: Maybe<SuppressionReason>;
  template: MessageTemplate;
  /** The template's version the message was rendered from. */
  templateVersion: Scalars['Int']['output'];
  textBody: Maybe<Scalars['String']['output']>;
};

export type MarketingMessageConnection = {
  __typename?: 'MarketingMessageConnection';
  edges: Array<MarketingMessageEdge>;
  pageInfo: PageInfo;
};

export type MarketingMessageEdge = {
  __typename?: 'MarketingMessageEdge';
  cursor: Scalars['String']['output'];
  node: MarketingMessage;
};

/** A channel marketing sends on; each needs the customer's consent for it. */
export type MessageChannel = 'EMAIL' | 'SMS';

export type MessageDeliveryReportInput = {
  /** True: delivered. False: bounced (the address gets no more marketing). */
  delivered: Scalars['Boolean']['input'];
  /** The relay's or gateway's words, e.g. 550 5.1.1 mailbox unavailable. */
  detail?: InputMaybe<Scalars['String']['input']>;
  messageId: Scalars['ID']['input'];
};

/** A template filled in, as a recipient would get it (links not yet signed). */
export type MessagePreview = {
  __typename?: 'MessagePreview';
  htmlBody: Maybe<Scalars['String']['output']>;
  subject: Maybe<Scalars['String']['output']>;
  textBody: Scalars['String']['output'];
};

/**
 * A marketing message's life: QUEUED (about to go) or DEFERRED (quiet hours) → SENT → DELIVERED or
 * BOUNCED; SUPPRESSED (a send rule stopped it) and FAILED (the relay kept failing) are final.
 */
export type MessageStatus =
  'BOUNCED' | 'DEFERRED' | 'DELIVERED' | 'FAILED' | 'QUEUED' | 'SENT' | 'SUPPRESSED';

/**
 * An email or SMS template. Parts are Handlebars templates: `{{customerName}}`, `{{unsubscribeUrl}}`
 * and any variable the sender gives; an unsubscribe link is added where a part does not place one.
 */
export type MessageTemplate = {
  __typename?: 'MessageTemplate';
  channel: MessageChannel;
  createdAt: Scalars['DateTime']['output'];
  /** Email only: the HTML part. */
  htmlBody: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Email only. */
  subject: Maybe<Scalars['String']['output']>;
  textBody: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** The variables the parts use, built-ins included. */
  variables: Array<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type MessageTemplateConnection = {
  __typename?: 'MessageTemplateConnection';
  edges: Array<MessageTemplateEdge>;
  pageInfo: PageInfo;
};

export type MessageTemplateEdge = {
  __typename?: 'MessageTemplateEdge';
  cursor: Scalars['String']['output'];
  node: MessageTemplate;
};

export type MessageTemplateInput = {
  channel: MessageChannel;
  /** EMAIL only. */
  htmlBody?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Required for EMAIL, not allowed for SMS. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Always; an SMS is at most 1 600 characters. */
  textBody: Scalars['String']['input'];
};

/** An exact amount of money: a decimal string (never a float) and an ISO 4217 currency. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['String']['output'];
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds 1 to 1000 customers, contacts or leads as TARGETED; members it has already are ignored. */
  addCampaignMembers: AddCampaignMembersResult;
  /** Adds a campaign's points multiplier to a programme for a window of dates. */
  addLoyaltyCampaignBonus: LoyaltyProgramme;
  /** Adds the segment's members of now (dynamic or static) as TARGETED customers; members already in stay as they are. */
  addSegmentToCampaign: AddCampaignMembersResult;
  /** Puts customers (1 to 1000 ids) on an active STATIC list; members already on it stay as they are. */
  addToStaticList: Segment;
  /** Nobody enters any more; running customers leave at their next step. */
  archiveJourney: Journey;
  /** Archives an active segment: its members are frozen. */
  archiveSegment: Segment;
  /** DRAFT, SCHEDULED or ACTIVE → CANCELLED, with the reason (1 to 500 characters). */
  cancelCampaign: Campaign;
  /** ACTIVE → COMPLETED before its end date. */
  completeCampaign: Campaign;
  /** Creates a campaign in status DRAFT. */
  createCampaign: Campaign;
  createJourney: Journey;
  createLoyaltyProgramme: LoyaltyProgramme;
  createMessageTemplate: MessageTemplate;
  /** Creates a segment; a DYNAMIC one gets its members at once. */
  createSegment: Segment;
  /** Enrols the customer (one programme per customer; BAD_USER_INPUT on customerId if already a member). */
  enrollCustomer: LoyaltyMember;
  /**
   * Puts the customers a CSV names on an active STATIC list: one customer id or e-mail address per
   * line (first column; an optional header line id/email is skipped), at most 10 000 lines. Lines that
   * name no customer known to marketing are reported back, the others are added.
   */
  importStaticList: StaticListImport;
  /** The draft goes live as the next version; customers already running finish on theirs. */
  publishJourney: Journey;
  /** Records an expense in the campaign's currency; warns when it pushes the spend over budget. */
  recordCampaignCost: RecordCampaignCostResult;
  /** Records a member's response; the member moves to RESPONDED unless it is further already. */
  recordCampaignResponse: RecordCampaignResponseResult;
  /**
   * Redeems points from the oldest lots first; not more than the balance (BAD_USER_INPUT on points).
   * With `version`, CONFLICT if the member changed since it was read.
   */
  redeemPoints: LoyaltyMember;
  /** Takes customers (1 to 1000 ids) off an active STATIC list. */
  removeFromStaticList: Segment;
  /** A delivery report from the relay or SMS gateway, for a SENT message. */
  reportMessageDelivery: MarketingMessage;
  /** DRAFT → SCHEDULED; needs startsOn. It starts by itself on that day. */
  scheduleCampaign: Campaign;
  /**
   * Sends a template to one customer, by the send rules: consent on the channel, no bounced or
   * unsubscribed address, the frequency cap, and quiet hours (deferred to their end). The result says
   * which: SENT (or QUEUED while the relay is retried), DEFERRED, or SUPPRESSED with the reason.
   */
  sendMarketingMessage: MarketingMessage;
  /** Moves a member forward (only forward) once the campaign is scheduled. */
  setCampaignMemberStatus: CampaignMember;
  /**
   * Public (no sign-in): the recipient unsubscribes with the token of a message's unsubscribe link.
   * No more marketing on that channel; the customer's consent is withdrawn. Idempotent.
   */
  unsubscribe: Scalars['Boolean']['output'];
  /** Changes the plan of a campaign that is not COMPLETED or CANCELLED. */
  updateCampaign: Campaign;
  /** Edits the draft; running customers are not affected until it is published (and then only new ones). */
  updateJourney: Journey;
  /** A new version of the template; messages already rendered keep their text. */
  updateMessageTemplate: MessageTemplate;
  /** Renames, describes or re-rules an active segment. */
  updateSegment: Segment;
};

export type MutationAddCampaignMembersArgs = {
  campaignId: Scalars['ID']['input'];
  members: Array<CampaignMemberInput>;
};

export type MutationAddLoyaltyCampaignBonusArgs = {
  input: AddLoyaltyCampaignBonusInput;
};

export type MutationAddSegmentToCampaignArgs = {
  campaignId: Scalars['ID']['input'];
  segmentId: Scalars['ID']['input'];
};

export type MutationAddToStaticListArgs = {
  customerIds: Array<Scalars['ID']['input']>;
  segmentId: Scalars['ID']['input'];
};

export type MutationArchiveJourneyArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type MutationArchiveSegmentArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type MutationCancelCampaignArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type MutationCompleteCampaignArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};

export type MutationCreateJourneyArgs = {
  input: JourneyInput;
};

export type MutationCreateLoyaltyProgrammeArgs = {
  input: CreateLoyaltyProgrammeInput;
};

export type MutationCreateMessageTemplateArgs = {
  input: MessageTemplateInput;
};

export type MutationCreateSegmentArgs = {
  input: CreateSegmentInput;
};

export type MutationEnrollCustomerArgs = {
  customerId: Scalars['ID']['input'];
  programmeId: Scalars['ID']['input'];
};

export type MutationImportStaticListArgs = {
  csv: Scalars['String']['input'];
  segmentId: Scalars['ID']['input'];
};

export type MutationPublishJourneyArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type MutationRecordCampaignCostArgs = {
  campaignId: Scalars['ID']['input'];
  input: CampaignCostInput;
};

export type MutationRecordCampaignResponseArgs = {
  campaignId: Scalars['ID']['input'];
  channel: CampaignChannel;
  kind: CampaignResponseKind;
  memberId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type MutationRedeemPointsArgs = {
  memberId: Scalars['ID']['input'];
  points: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type MutationRemoveFromStaticListArgs = {
  customerIds: Array<Scalars['ID']['input']>;
  segmentId: Scalars['ID']['input'];
};

export type MutationReportMessageDeliveryArgs = {
  input: MessageDeliveryReportInput;
};

export type MutationScheduleCampaignArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type MutationSendMarketingMessageArgs = {
  input: SendMarketingMessageInput;
};

export type MutationSetCampaignMemberStatusArgs = {
  memberId: Scalars['ID']['input'];
  status: CampaignMemberStatus;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type MutationUnsubscribeArgs = {
  token: Scalars['String']['input'];
};

export type MutationUpdateCampaignArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCampaignInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type MutationUpdateJourneyArgs = {
  id: Scalars['ID']['input'];
  input: JourneyInput;
  version: Scalars['Int']['input'];
};

export type MutationUpdateMessageTemplateArgs = {
  id: Scalars['ID']['input'];
  input: MessageTemplateInput;
  version: Scalars['Int']['input'];
};

export type MutationUpdateSegmentArgs = {
  input: UpdateSegmentInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A product of the sales catalogue; sales resolves its fields. */
export type Product = {
  __typename?: 'Product';
  id: Scalars['ID']['output'];
};

/** A product the customer does not own yet, with the rule that chose it. */
export type ProductRecommendation = {
  __typename?: 'ProductRecommendation';
  product: Product;
  reason: RecommendationReason;
  /** CO_PURCHASE: the rule's confidence; POPULAR_IN_GROUP: the share of the group who bought it (0 to 1). */
  score: Scalars['Float']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The campaign with this id; NOT_FOUND if there is none. */
  campaign: Maybe<Campaign>;
  /** Campaigns, newest first, keyset-paginated; only those in `status` when it is given. */
  campaigns: CampaignConnection;
  /** The journey with this id; NOT_FOUND if there is none. */
  journey: Maybe<Journey>;
  /** The shipped journeys: welcome series, post-purchase survey, birthday, lead nurturing, win-back. */
  journeyTemplates: Array<JourneyTemplate>;
  /** Journeys, newest first. */
  journeys: JourneyConnection;
  /** The programme with this id; NOT_FOUND if there is none. */
  loyaltyProgramme: Maybe<LoyaltyProgramme>;
  /** Programmes, newest first, keyset-paginated. */
  loyaltyProgrammes: LoyaltyProgrammeConnection;
  /** The message with this id; NOT_FOUND if there is none. */
  marketingMessage: Maybe<MarketingMessage>;
  /** Messages, newest first, of one customer or one campaign (at least one of the two). */
  marketingMessages: MarketingMessageConnection;
  /** The template with this id; NOT_FOUND if there is none. */
  messageTemplate: Maybe<MessageTemplate>;
  /** Templates by name. */
  messageTemplates: MessageTemplateConnection;
  /** A template filled in with these variables (and sample built-ins), to check it before sending. */
  previewMessageTemplate: MessagePreview;
  /** How many customers a rule selects now, and a sample of them (1 to 50, default 5). */
  previewSegment: SegmentPreview;
  /** The referral results of a customer (zeros if they never referred anyone). */
  referralStats: ReferralStats;
  /** The segment with this id; NOT_FOUND if there is none. */
  segment: Maybe<Segment>;
  /** Segments, newest first, keyset-paginated; filtered by kind and status when given. */
  segments: SegmentConnection;
};

export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};

export type QueryCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CampaignStatus>;
};

export type QueryJourneyArgs = {
  id: Scalars['ID']['input'];
};

export type QueryJourneysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryLoyaltyProgrammeArgs = {
  id: Scalars['ID']['input'];
};

export type QueryLoyaltyProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryMarketingMessageArgs = {
  id: Scalars['ID']['input'];
};

export type QueryMarketingMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryMessageTemplateArgs = {
  id: Scalars['ID']['input'];
};

export type QueryMessageTemplatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryPreviewMessageTemplateArgs = {
  id: Scalars['ID']['input'];
  variables?: InputMaybe<Scalars['JSONObject']['input']>;
};

export type QueryPreviewSegmentArgs = {
  rule: Scalars['SegmentRule']['input'];
  sample?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryReferralStatsArgs = {
  customerId: Scalars['ID']['input'];
};

export type QuerySegmentArgs = {
  id: Scalars['ID']['input'];
};

export type QuerySegmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<SegmentKind>;
  status?: InputMaybe<SegmentStatus>;
};

/** Why a product is recommended. */
export type RecommendationKind =
  /** A co-purchase rule: customers who bought basedOnProduct also bought it. */
  | 'CO_PURCHASE'
  /** No rule applies: it is among the most bought products of the customer's group. */
  | 'POPULAR_IN_GROUP';

/** The rule that chose a recommended product, as of the model's last recomputation. */
export type RecommendationReason = {
  __typename?: 'RecommendationReason';
  /** CO_PURCHASE: the product the customer owns that the rule starts from. */
  basedOnProduct: Maybe<Product>;
  /** When the rule or ranking was computed (MARKETING_RECOMMENDATION_CRON). */
  computedAt: Scalars['DateTime']['output'];
  /** CO_PURCHASE: share of basedOnProduct's buyers who also bought this product. */
  confidence: Maybe<Scalars['Float']['output']>;
  /** POPULAR_IN_GROUP: the group, e.g. "tier A · RETAIL · EMEA" or "all customers". */
  group: Maybe<Scalars['String']['output']>;
  kind: RecommendationKind;
  /** CO_PURCHASE: how many times likelier buying basedOnProduct makes this product (above 1: they go together). */
  lift: Maybe<Scalars['Float']['output']>;
  /** CO_PURCHASE: share of all customers who bought both products. */
  support: Maybe<Scalars['Float']['output']>;
};

export type RecordCampaignCostResult = {
  __typename?: 'RecordCampaignCostResult';
  campaign: Campaign;
  cost: CampaignCost;
  /** e.g. that this cost pushed the spend over the budget. */
  warnings: Array<Scalars['String']['output']>;
};

export type RecordCampaignResponseResult = {
  __typename?: 'RecordCampaignResponseResult';
  /** The member after the response (RESPONDED or further). */
  member: CampaignMember;
  response: CampaignResponse;
};

/** A referrer's word-of-mouth results (口碑营销). */
export type ReferralStats = {
  __typename?: 'ReferralStats';
  /** The member's referral code; null if the customer is not enrolled. */
  code: Maybe<Scalars['String']['output']>;
  /** Points earned by referrals. */
  points: Scalars['Int']['output'];
  /** Leads and customers recorded with the code (refused ones excluded). */
  referred: Scalars['Int']['output'];
  /** Refused: self-referral, or the referrer's own email or phone. */
  refused: Scalars['Int']['output'];
  /** Referred customers who paid, each rewarding the referrer once. */
  rewarded: Scalars['Int']['output'];
};

/** An audience of customers (客户细分): the customers matching a rule, or a hand-kept list. */
export type Segment = {
  __typename?: 'Segment';
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: SegmentKind;
  /** The members, in customer id order, keyset-paginated. */
  members: SegmentMemberConnection;
  name: Scalars['String']['output'];
  /** The rule of a DYNAMIC segment; null for a STATIC list. */
  rule: Maybe<Scalars['SegmentRule']['output']>;
  /** How many customers are members now. */
  size: Scalars['Int']['output'];
  status: SegmentStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version: pass it back on updates. */
  version: Scalars['Int']['output'];
};

/** An audience of customers (客户细分): the customers matching a rule, or a hand-kept list. */
export type SegmentMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SegmentConnection = {
  __typename?: 'SegmentConnection';
  edges: Array<SegmentEdge>;
  pageInfo: PageInfo;
};

export type SegmentEdge = {
  __typename?: 'SegmentEdge';
  cursor: Scalars['String']['output'];
  node: Segment;
};

/** DYNAMIC: members follow a rule and change as customers do. STATIC: a list kept by hand or by import. */
export type SegmentKind = 'DYNAMIC' | 'STATIC';

export type SegmentMember = {
  __typename?: 'SegmentMember';
  /** When the customer last joined the segment. */
  addedAt: Scalars['DateTime']['output'];
  customer: Customer;
};

export type SegmentMemberConnection = {
  __typename?: 'SegmentMemberConnection';
  edges: Array<SegmentMemberEdge>;
  pageInfo: PageInfo;
};

export type SegmentMemberEdge = {
  __typename?: 'SegmentMemberEdge';
  cursor: Scalars['String']['output'];
  node: SegmentMember;
};

/** What a rule would select now, without saving anything. */
export type SegmentPreview = {
  __typename?: 'SegmentPreview';
  /** Up to `sample` customers it selects, in id order. */
  sample: Array<Customer>;
  size: Scalars['Int']['output'];
};

/** An ACTIVE segment is kept current; an ARCHIVED one keeps the members it had and no longer changes. */
export type SegmentStatus = 'ACTIVE' | 'ARCHIVED';

export type SendMarketingMessageInput = {
  /** The campaign the message belongs to, if any. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  customerId: Scalars['ID']['input'];
  /** Send the same key when retrying: the first result is returned, nothing is sent twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  templateId: Scalars['ID']['input'];
  /** Values for the template's variables, e.g. { "offer": "10% off" }; built-ins are filled in. */
  variables?: InputMaybe<Scalars['JSONObject']['input']>;
};

export type StaticListImport = {
  __typename?: 'StaticListImport';
  /** Customers newly put on the list. */
  added: Scalars['Int']['output'];
  /** Customers the file names that were on the list already. */
  alreadyMembers: Scalars['Int']['output'];
  segment: Segment;
  unknownRows: Array<UnknownListRow>;
};

/** Why a message was not sent. */
export type SuppressionReason =
  /** The address bounced or unsubscribed before. */
  | 'ADDRESS_SUPPRESSED'
  /** The customer was erased. */
  | 'CUSTOMER_ERASED'
  /** The customer already had as many marketing messages on the channel as the cap allows (default 3 in 7 days). */
  | 'FREQUENCY_CAP'
  /** The customer has no email address (EMAIL) or phone number (SMS). */
  | 'NO_ADDRESS'
  /** The customer has not consented to marketing on the channel (or withdrew it). */
  | 'NO_CONSENT';

/** A line of an imported list that names no customer marketing knows. */
export type UnknownListRow = {
  __typename?: 'UnknownListRow';
  /** 1-based line of the file. */
  line: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** A field left out keeps its value; null clears it (name cannot be cleared). */
export type UpdateCampaignInput = {
  budgetAmount?: InputMaybe<Scalars['String']['input']>;
  budgetCurrency?: InputMaybe<Scalars['String']['input']>;
  channels?: InputMaybe<Array<CampaignChannel>>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type UpdateSegmentInput = {
  /** null clears it; leave it out to keep it. */
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new rule (DYNAMIC only): the members are computed again and the changes published. */
  rule?: InputMaybe<Scalars['SegmentRule']['input']>;
  /** The version you read; CONFLICT when the segment changed since. */
  version: Scalars['Int']['input'];
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
  Campaign: Campaign;
  Customer: Customer;
  Journey: Journey;
  LoyaltyProgramme: LoyaltyProgramme;
  MarketingMessage: MarketingMessage;
  MessageTemplate: MessageTemplate;
  Segment: Segment;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Campaign: { __typename: 'Campaign' } & GraphQLRecursivePick<FederationTypes['Campaign'], { id: true }>;
  Customer: { __typename: 'Customer' } & GraphQLRecursivePick<FederationTypes['Customer'], { id: true }>;
  Journey: { __typename: 'Journey' } & GraphQLRecursivePick<FederationTypes['Journey'], { id: true }>;
  LoyaltyProgramme: { __typename: 'LoyaltyProgramme' } & GraphQLRecursivePick<
    FederationTypes['LoyaltyProgramme'],
    { id: true }
  >;
  MarketingMessage: { __typename: 'MarketingMessage' } & GraphQLRecursivePick<
    FederationTypes['MarketingMessage'],
    { id: true }
  >;
  MessageTemplate: { __typename: 'MessageTemplate' } & GraphQLRecursivePick<
    FederationTypes['MessageTemplate'],
    { id: true }
  >;
  Segment: { __typename: 'Segment' } & GraphQLRecursivePick<FederationTypes['Segment'], { id: true }>;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddCampaignMembersResult: ResolverTypeWrapper<
    Partial<Omit<AddCampaignMembersResult, 'campaign'> & { campaign: ResolversTypes['Campaign'] }>
  >;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  AddLoyaltyCampaignBonusInput: ResolverTypeWrapper<Partial<AddLoyaltyCampaignBonusInput>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  Campaign: ResolverTypeWrapper<CampaignRow>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  CampaignChannel: ResolverTypeWrapper<Partial<CampaignChannel>>;
  CampaignChannelCount: ResolverTypeWrapper<Partial<CampaignChannelCount>>;
  CampaignConnection: ResolverTypeWrapper<
    Partial<Omit<CampaignConnection, 'edges'> & { edges: Array<ResolversTypes['CampaignEdge']> }>
  >;
  CampaignCost: ResolverTypeWrapper<CampaignCostRow>;
  CampaignCostConnection: ResolverTypeWrapper<
    Partial<Omit<CampaignCostConnection, 'edges'> & { edges: Array<ResolversTypes['CampaignCostEdge']> }>
  >;
  CampaignCostEdge: ResolverTypeWrapper<
    Partial<Omit<CampaignCostEdge, 'node'> & { node: ResolversTypes['CampaignCost'] }>
  >;
  CampaignCostInput: ResolverTypeWrapper<Partial<CampaignCostInput>>;
  CampaignEdge: ResolverTypeWrapper<
    Partial<Omit<CampaignEdge, 'node'> & { node: ResolversTypes['Campaign'] }>
  >;
  CampaignMember: ResolverTypeWrapper<CampaignMemberRow>;
  CampaignMemberConnection: ResolverTypeWrapper<
    Partial<Omit<CampaignMemberConnection, 'edges'> & { edges: Array<ResolversTypes['CampaignMemberEdge']> }>
  >;
  CampaignMemberEdge: ResolverTypeWrapper<
    Partial<Omit<CampaignMemberEdge, 'node'> & { node: ResolversTypes['CampaignMember'] }>
  >;
  CampaignMemberInput: ResolverTypeWrapper<Partial<CampaignMemberInput>>;
  CampaignMemberStats: ResolverTypeWrapper<Partial<CampaignMemberStats>>;
  CampaignMemberStatus: ResolverTypeWrapper<Partial<CampaignMemberStatus>>;
  CampaignResponse: ResolverTypeWrapper<CampaignResponseRow>;
  CampaignResponseConnection: ResolverTypeWrapper<
    Partial<
      Omit<CampaignResponseConnection, 'edges'> & { edges: Array<ResolversTypes['CampaignResponseEdge']> }
    >
  >;
  CampaignResponseEdge: ResolverTypeWrapper<
    Partial<Omit<CampaignResponseEdge, 'node'> & { node: ResolversTypes['CampaignResponse'] }>
  >;
  CampaignResponseKind: ResolverTypeWrapper<Partial<CampaignResponseKind>>;
  CampaignStatus: ResolverTypeWrapper<Partial<CampaignStatus>>;
  CreateCampaignInput: ResolverTypeWrapper<Partial<CreateCampaignInput>>;
  CreateLoyaltyProgrammeInput: ResolverTypeWrapper<Partial<CreateLoyaltyProgrammeInput>>;
  CreateSegmentInput: ResolverTypeWrapper<Partial<CreateSegmentInput>>;
  Customer: ResolverTypeWrapper<{ id: string }>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  JSONObject: ResolverTypeWrapper<Partial<Scalars['JSONObject']['output']>>;
  Journey: ResolverTypeWrapper<JourneyRow>;
  JourneyConnection: ResolverTypeWrapper<
    Partial<Omit<JourneyConnection, 'edges'> & { edges: Array<ResolversTypes['JourneyEdge']> }>
  >;
  JourneyEdge: ResolverTypeWrapper<Partial<Omit<JourneyEdge, 'node'> & { node: ResolversTypes['Journey'] }>>;
  JourneyInput: ResolverTypeWrapper<Partial<JourneyInput>>;
  JourneyStats: ResolverTypeWrapper<Partial<JourneyStats>>;
  JourneyStatus: ResolverTypeWrapper<Partial<JourneyStatus>>;
  JourneyStepStats: ResolverTypeWrapper<Partial<JourneyStepStats>>;
  JourneyTemplate: ResolverTypeWrapper<Partial<JourneyTemplate>>;
  LocalDate: ResolverTypeWrapper<Partial<Scalars['LocalDate']['output']>>;
  LoyaltyCampaignBonus: ResolverTypeWrapper<LoyaltyCampaignBonusRow>;
  LoyaltyHistoryConnection: ResolverTypeWrapper<
    Partial<Omit<LoyaltyHistoryConnection, 'edges'> & { edges: Array<ResolversTypes['LoyaltyHistoryEdge']> }>
  >;
  LoyaltyHistoryEdge: ResolverTypeWrapper<
    Partial<Omit<LoyaltyHistoryEdge, 'node'> & { node: ResolversTypes['LoyaltyHistoryEntry'] }>
  >;
  LoyaltyHistoryEntry: ResolverTypeWrapper<LoyaltyLedgerEntryRow>;
  LoyaltyHistoryKind: ResolverTypeWrapper<Partial<LoyaltyHistoryKind>>;
  LoyaltyLevel: ResolverTypeWrapper<Partial<LoyaltyLevel>>;
  LoyaltyLevelBasis: ResolverTypeWrapper<Partial<LoyaltyLevelBasis>>;
  LoyaltyLevelInput: ResolverTypeWrapper<Partial<LoyaltyLevelInput>>;
  LoyaltyMember: ResolverTypeWrapper<LoyaltyMemberRow>;
  LoyaltyProgramme: ResolverTypeWrapper<LoyaltyProgrammeRow>;
  LoyaltyProgrammeConnection: ResolverTypeWrapper<
    Partial<
      Omit<LoyaltyProgrammeConnection, 'edges'> & { edges: Array<ResolversTypes['LoyaltyProgrammeEdge']> }
    >
  >;
  LoyaltyProgrammeEdge: ResolverTypeWrapper<
    Partial<Omit<LoyaltyProgrammeEdge, 'node'> & { node: ResolversTypes['LoyaltyProgramme'] }>
  >;
  MarketingMessage: ResolverTypeWrapper<MarketingMessageRow>;
  MarketingMessageConnection: ResolverTypeWrapper<
    Partial<
      Omit<MarketingMessageConnection, 'edges'> & { edges: Array<ResolversTypes['MarketingMessageEdge']> }
    >
  >;
  MarketingMessageEdge: ResolverTypeWrapper<
    Partial<Omit<MarketingMessageEdge, 'node'> & { node: ResolversTypes['MarketingMessage'] }>
  >;
  MessageChannel: ResolverTypeWrapper<Partial<MessageChannel>>;
  MessageDeliveryReportInput: ResolverTypeWrapper<Partial<MessageDeliveryReportInput>>;
  MessagePreview: ResolverTypeWrapper<Partial<MessagePreview>>;
  MessageStatus: ResolverTypeWrapper<Partial<MessageStatus>>;
  MessageTemplate: ResolverTypeWrapper<MessageTemplateRow>;
  MessageTemplateConnection: ResolverTypeWrapper<
    Partial<
      Omit<MessageTemplateConnection, 'edges'> & { edges: Array<ResolversTypes['MessageTemplateEdge']> }
    >
  >;
  MessageTemplateEdge: ResolverTypeWrapper<
    Partial<Omit<MessageTemplateEdge, 'node'> & { node: ResolversTypes['MessageTemplate'] }>
  >;
  MessageTemplateInput: ResolverTypeWrapper<Partial<MessageTemplateInput>>;
  Money: ResolverTypeWrapper<Partial<Money>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  Product: ResolverTypeWrapper<Partial<Product>>;
  ProductRecommendation: ResolverTypeWrapper<ProductRecommendationRow>;
  Float: ResolverTypeWrapper<Partial<Scalars['Float']['output']>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecommendationKind: ResolverTypeWrapper<Partial<RecommendationKind>>;
  RecommendationReason: ResolverTypeWrapper<Partial<RecommendationReason>>;
  RecordCampaignCostResult: ResolverTypeWrapper<
    Partial<
      Omit<RecordCampaignCostResult, 'campaign' | 'cost'> & {
        campaign: ResolversTypes['Campaign'];
        cost: ResolversTypes['CampaignCost'];
      }
    >
  >;
  RecordCampaignResponseResult: ResolverTypeWrapper<
    Partial<
      Omit<RecordCampaignResponseResult, 'member' | 'response'> & {
        member: ResolversTypes['CampaignMember'];
        response: ResolversTypes['CampaignResponse'];
      }
    >
  >;
  ReferralStats: ResolverTypeWrapper<ReferralStatsRowRow>;
  Segment: ResolverTypeWrapper<SegmentRow>;
  SegmentConnection: ResolverTypeWrapper<
    Partial<Omit<SegmentConnection, 'edges'> & { edges: Array<ResolversTypes['SegmentEdge']> }>
  >;
  SegmentEdge: ResolverTypeWrapper<Partial<Omit<SegmentEdge, 'node'> & { node: ResolversTypes['Segment'] }>>;
  SegmentKind: ResolverTypeWrapper<Partial<SegmentKind>>;
  SegmentMember: ResolverTypeWrapper<SegmentMemberRowRow>;
  SegmentMemberConnection: ResolverTypeWrapper<
    Partial<Omit<SegmentMemberConnection, 'edges'> & { edges: Array<ResolversTypes['SegmentMemberEdge']> }>
  >;
  SegmentMemberEdge: ResolverTypeWrapper<
    Partial<Omit<SegmentMemberEdge, 'node'> & { node: ResolversTypes['SegmentMember'] }>
  >;
  SegmentPreview: ResolverTypeWrapper<
    Partial<Omit<SegmentPreview, 'sample'> & { sample: Array<ResolversTypes['Customer']> }>
  >;
  SegmentRule: ResolverTypeWrapper<Partial<Scalars['SegmentRule']['output']>>;
  SegmentStatus: ResolverTypeWrapper<Partial<SegmentStatus>>;
  SendMarketingMessageInput: ResolverTypeWrapper<Partial<SendMarketingMessageInput>>;
  StaticListImport: ResolverTypeWrapper<StaticListImportRow>;
  SuppressionReason: ResolverTypeWrapper<Partial<SuppressionReason>>;
  UnknownListRow: ResolverTypeWrapper<Partial<UnknownListRow>>;
  UpdateCampaignInput: ResolverTypeWrapper<Partial<UpdateCampaignInput>>;
  UpdateSegmentInput: ResolverTypeWrapper<Partial<UpdateSegmentInput>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddCampaignMembersResult: Partial<
    Omit<AddCampaignMembersResult, 'campaign'> & { campaign: ResolversParentTypes['Campaign'] }
  >;
  Int: Partial<Scalars['Int']['output']>;
  AddLoyaltyCampaignBonusInput: Partial<AddLoyaltyCampaignBonusInput>;
  ID: Partial<Scalars['ID']['output']>;
  String: Partial<Scalars['String']['output']>;
  Campaign: CampaignRow;
  Boolean: Partial<Scalars['Boolean']['output']>;
  CampaignChannelCount: Partial<CampaignChannelCount>;
  CampaignConnection: Partial<
    Omit<CampaignConnection, 'edges'> & { edges: Array<ResolversParentTypes['CampaignEdge']> }
  >;
  CampaignCost: CampaignCostRow;
  CampaignCostConnection: Partial<
    Omit<CampaignCostConnection, 'edges'> & { edges: Array<ResolversParentTypes['CampaignCostEdge']> }
  >;
  CampaignCostEdge: Partial<Omit<CampaignCostEdge, 'node'> & { node: ResolversParentTypes['CampaignCost'] }>;
  CampaignCostInput: Partial<CampaignCostInput>;
  CampaignEdge: Partial<Omit<CampaignEdge, 'node'> & { node: ResolversParentTypes['Campaign'] }>;
  CampaignMember: CampaignMemberRow;
  CampaignMemberConnection: Partial<
    Omit<CampaignMemberConnection, 'edges'> & { edges: Array<ResolversParentTypes['CampaignMemberEdge']> }
  >;
  CampaignMemberEdge: Partial<
    Omit<CampaignMemberEdge, 'node'> & { node: ResolversParentTypes['CampaignMember'] }
  >;
  CampaignMemberInput: Partial<CampaignMemberInput>;
  CampaignMemberStats: Partial<CampaignMemberStats>;
  CampaignResponse: CampaignResponseRow;
  CampaignResponseConnection: Partial<
    Omit<CampaignResponseConnection, 'edges'> & { edges: Array<ResolversParentTypes['CampaignResponseEdge']> }
  >;
  CampaignResponseEdge: Partial<
    Omit<CampaignResponseEdge, 'node'> & { node: ResolversParentTypes['CampaignResponse'] }
  >;
  CreateCampaignInput: Partial<CreateCampaignInput>;
  CreateLoyaltyProgrammeInput: Partial<CreateLoyaltyProgrammeInput>;
  CreateSegmentInput: Partial<CreateSegmentInput>;
  Customer: { id: string };
  DateTime: Partial<Scalars['DateTime']['output']>;
  JSONObject: Partial<Scalars['JSONObject']['output']>;
  Journey: JourneyRow;
  JourneyConnection: Partial<
    Omit<JourneyConnection, 'edges'> & { edges: Array<ResolversParentTypes['JourneyEdge']> }
  >;
  JourneyEdge: Partial<Omit<JourneyEdge, 'node'> & { node: ResolversParentTypes['Journey'] }>;
  JourneyInput: Partial<JourneyInput>;
  JourneyStats: Partial<JourneyStats>;
  JourneyStepStats: Partial<JourneyStepStats>;
  JourneyTemplate: Partial<JourneyTemplate>;
  LocalDate: Partial<Scalars['LocalDate']['output']>;
  LoyaltyCampaignBonus: LoyaltyCampaignBonusRow;
  LoyaltyHistoryConnection: Partial<
    Omit<LoyaltyHistoryConnection, 'edges'> & { edges: Array<ResolversParentTypes['LoyaltyHistoryEdge']> }
  >;
  LoyaltyHistoryEdge: Partial<
    Omit<LoyaltyHistoryEdge, 'node'> & { node: ResolversParentTypes['LoyaltyHistoryEntry'] }
  >;
  LoyaltyHistoryEntry: LoyaltyLedgerEntryRow;
  LoyaltyLevel: Partial<LoyaltyLevel>;
  LoyaltyLevelInput: Partial<LoyaltyLevelInput>;
  LoyaltyMember: LoyaltyMemberRow;
  LoyaltyProgramme: LoyaltyProgrammeRow;
  LoyaltyProgrammeConnection: Partial<
    Omit<LoyaltyProgrammeConnection, 'edges'> & { edges: Array<ResolversParentTypes['LoyaltyProgrammeEdge']> }
  >;
  LoyaltyProgrammeEdge: Partial<
    Omit<LoyaltyProgrammeEdge, 'node'> & { node: ResolversParentTypes['LoyaltyProgramme'] }
  >;
  MarketingMessage: MarketingMessageRow;
  MarketingMessageConnection: Partial<
    Omit<MarketingMessageConnection, 'edges'> & { edges: Array<ResolversParentTypes['MarketingMessageEdge']> }
  >;
  MarketingMessageEdge: Partial<
    Omit<MarketingMessageEdge, 'node'> & { node: ResolversParentTypes['MarketingMessage'] }
  >;
  MessageDeliveryReportInput: Partial<MessageDeliveryReportInput>;
  MessagePreview: Partial<MessagePreview>;
  MessageTemplate: MessageTemplateRow;
  MessageTemplateConnection: Partial<
    Omit<MessageTemplateConnection, 'edges'> & { edges: Array<ResolversParentTypes['MessageTemplateEdge']> }
  >;
  MessageTemplateEdge: Partial<
    Omit<MessageTemplateEdge, 'node'> & { node: ResolversParentTypes['MessageTemplate'] }
  >;
  MessageTemplateInput: Partial<MessageTemplateInput>;
  Money: Partial<Money>;
  Mutation: Record<PropertyKey, never>;
  PageInfo: Partial<PageInfo>;
  Product: Partial<Product>;
  ProductRecommendation: ProductRecommendationRow;
  Float: Partial<Scalars['Float']['output']>;
  Query: Record<PropertyKey, never>;
  RecommendationReason: Partial<RecommendationReason>;
  RecordCampaignCostResult: Partial<
    Omit<RecordCampaignCostResult, 'campaign' | 'cost'> & {
      campaign: ResolversParentTypes['Campaign'];
      cost: ResolversParentTypes['CampaignCost'];
    }
  >;
  RecordCampaignResponseResult: Partial<
    Omit<RecordCampaignResponseResult, 'member' | 'response'> & {
      member: ResolversParentTypes['CampaignMember'];
      response: ResolversParentTypes['CampaignResponse'];
    }
  >;
  ReferralStats: ReferralStatsRowRow;
  Segment: SegmentRow;
  SegmentConnection: Partial<
    Omit<SegmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['SegmentEdge']> }
  >;
  SegmentEdge: Partial<Omit<SegmentEdge, 'node'> & { node: ResolversParentTypes['Segment'] }>;
  SegmentMember: SegmentMemberRowRow;
  SegmentMemberConnection: Partial<
    Omit<SegmentMemberConnection, 'edges'> & { edges: Array<ResolversParentTypes['SegmentMemberEdge']> }
  >;
  SegmentMemberEdge: Partial<
    Omit<SegmentMemberEdge, 'node'> & { node: ResolversParentTypes['SegmentMember'] }
  >;
  SegmentPreview: Partial<
    Omit<SegmentPreview, 'sample'> & { sample: Array<ResolversParentTypes['Customer']> }
  >;
  SegmentRule: Partial<Scalars['SegmentRule']['output']>;
  SendMarketingMessageInput: Partial<SendMarketingMessageInput>;
  StaticListImport: StaticListImportRow;
  UnknownListRow: Partial<UnknownListRow>;
  UpdateCampaignInput: Partial<UpdateCampaignInput>;
  UpdateSegmentInput: Partial<UpdateSegmentInput>;
};

export type AddCampaignMembersResultResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['AddCampaignMembersResult'] =
    ResolversParentTypes['AddCampaignMembersResult'],
> = {
  addedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  ignoredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign'],
  FederationReferenceType extends FederationReferenceTypes['Campaign'] = FederationReferenceTypes['Campaign'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Campaign']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  budget?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['CampaignChannel']>, ParentType, ContextType>;
  costs?: Resolver<
    ResolversTypes['CampaignCostConnection'],
    ParentType,
    ContextType,
    RequireFields<CampaignCostsArgs, 'first'>
  >;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberStats?: Resolver<ResolversTypes['CampaignMemberStats'], ParentType, ContextType>;
  members?: Resolver<
    ResolversTypes['CampaignMemberConnection'],
    ParentType,
    ContextType,
    RequireFields<CampaignMembersArgs, 'first'>
  >;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overBudget?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  responseStats?: Resolver<Array<ResolversTypes['CampaignChannelCount']>, ParentType, ContextType>;
  responses?: Resolver<
    ResolversTypes['CampaignResponseConnection'],
    ParentType,
    ContextType,
    RequireFields<CampaignResponsesArgs, 'first'>
  >;
  startsOn?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CampaignStatus'], ParentType, ContextType>;
  totalCost?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignChannelCountResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['CampaignChannelCount'] =
    ResolversParentTypes['CampaignChannelCount'],
> = {
  channel?: Resolver<ResolversTypes['CampaignChannel'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignConnectionResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['CampaignConnection'] = ResolversParentTypes['CampaignConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CampaignEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CampaignCostResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['CampaignCost'] = ResolversParentTypes['CampaignCost'],
> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  spentOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
};

export type CampaignCostConnectionResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['CampaignCostConnection'] =
    ResolversParentTypes['CampaignCostConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CampaignCostEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CampaignCostEdgeResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['CampaignCostEdge'] = ResolversParentTypes['CampaignCostEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CampaignCost'], ParentType, ContextType>;
};

export type CampaignEdgeResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['CampaignEdge'] = ResolversParentTypes['CampaignEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
};

export type CampaignMemberResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['CampaignMember'] = ResolversParentTypes['CampaignMember'],
> = {
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  contactId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leadId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CampaignMemberStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignMemberConnectionResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['CampaignMemberConnection'] =
    ResolversParentTypes['CampaignMemberConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CampaignMemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CampaignMemberEdgeResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['CampaignMemberEdge'] = ResolversParentTypes['CampaignMemberEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CampaignMember'], ParentType, ContextType>;
};

export type CampaignMemberStatsResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['CampaignMemberStats'] =
    ResolversParentTypes['CampaignMemberStats'],
> = {
  clicked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  converted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  delivered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targeted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignResponseResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['CampaignResponse'] = ResolversParentTypes['CampaignResponse'],
> = {
  channel?: Resolver<ResolversTypes['CampaignChannel'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CampaignResponseKind'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['CampaignMember'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CampaignResponseConnectionResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['CampaignResponseConnection'] =
    ResolversParentTypes['CampaignResponseConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CampaignResponseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CampaignResponseEdgeResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['CampaignResponseEdge'] =
    ResolversParentTypes['CampaignResponseEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CampaignResponse'], ParentType, ContextType>;
};

export type CustomerResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'],
  FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Customer']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  campaignMemberships?: Resolver<
    Maybe<ResolversTypes['CampaignMemberConnection']>,
    ParentType,
    ContextType,
    RequireFields<CustomerCampaignMembershipsArgs, 'first'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  loyalty?: Resolver<Maybe<ResolversTypes['LoyaltyMember']>, ParentType, ContextType>;
  recommendedProducts?: Resolver<
    Maybe<Array<ResolversTypes['ProductRecommendation']>>,
    ParentType,
    ContextType,
    RequireFields<CustomerRecommendedProductsArgs, 'first'>
  >;
  referralCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  referrals?: Resolver<Maybe<ResolversTypes['ReferralStats']>, ParentType, ContextType>;
  segments?: Resolver<Maybe<Array<ResolversTypes['Segment']>>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type JourneyResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['Journey'] = ResolversParentTypes['Journey'],
  FederationReferenceType extends FederationReferenceTypes['Journey'] = FederationReferenceTypes['Journey'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Journey']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  liveVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['JourneyStats'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JourneyStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type JourneyConnectionResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['JourneyConnection'] = ResolversParentTypes['JourneyConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['JourneyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type JourneyEdgeResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['JourneyEdge'] = ResolversParentTypes['JourneyEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Journey'], ParentType, ContextType>;
};

export type JourneyStatsResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['JourneyStats'] = ResolversParentTypes['JourneyStats'],
> = {
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  exited?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  running?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['JourneyStepStats']>, ParentType, ContextType>;
};

export type JourneyStepStatsResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['JourneyStepStats'] = ResolversParentTypes['JourneyStepStats'],
> = {
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stepId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type JourneyTemplateResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['JourneyTemplate'] = ResolversParentTypes['JourneyTemplate'],
> = {
  definition?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface LocalDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDate'], any> {
  name: 'LocalDate';
}

export type LoyaltyCampaignBonusResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['LoyaltyCampaignBonus'] =
    ResolversParentTypes['LoyaltyCampaignBonus'],
> = {
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pointsMultiplier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
};

export type LoyaltyHistoryConnectionResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['LoyaltyHistoryConnection'] =
    ResolversParentTypes['LoyaltyHistoryConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['LoyaltyHistoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LoyaltyHistoryEdgeResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['LoyaltyHistoryEdge'] = ResolversParentTypes['LoyaltyHistoryEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LoyaltyHistoryEntry'], ParentType, ContextType>;
};

export type LoyaltyHistoryEntryResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['LoyaltyHistoryEntry'] =
    ResolversParentTypes['LoyaltyHistoryEntry'],
> = {
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  balanceAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  campaignMultiplier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LoyaltyHistoryKind'], ParentType, ContextType>;
  multiplier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  paymentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LoyaltyLevelResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['LoyaltyLevel'] = ResolversParentTypes['LoyaltyLevel'],
> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pointsMultiplier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quoteDiscountPercent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LoyaltyMemberResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['LoyaltyMember'] = ResolversParentTypes['LoyaltyMember'],
> = {
  balance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  enrolledAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  history?: Resolver<
    ResolversTypes['LoyaltyHistoryConnection'],
    ParentType,
    ContextType,
    RequireFields<LoyaltyMemberHistoryArgs, 'first'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['LoyaltyLevel']>, ParentType, ContextType>;
  lifetimePoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['LoyaltyProgramme'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LoyaltyProgrammeResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['LoyaltyProgramme'] = ResolversParentTypes['LoyaltyProgramme'],
  FederationReferenceType extends FederationReferenceTypes['LoyaltyProgramme'] =
    FederationReferenceTypes['LoyaltyProgramme'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['LoyaltyProgramme']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  autoEnroll?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  campaignBonuses?: Resolver<Array<ResolversTypes['LoyaltyCampaignBonus']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  levelBasis?: Resolver<ResolversTypes['LoyaltyLevelBasis'], ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['LoyaltyLevel']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pointsExpiryMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pointsPerUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referralRewardPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LoyaltyProgrammeConnectionResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['LoyaltyProgrammeConnection'] =
    ResolversParentTypes['LoyaltyProgrammeConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['LoyaltyProgrammeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LoyaltyProgrammeEdgeResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['LoyaltyProgrammeEdge'] =
    ResolversParentTypes['LoyaltyProgrammeEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LoyaltyProgramme'], ParentType, ContextType>;
};

export type MarketingMessageResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['MarketingMessage'] = ResolversParentTypes['MarketingMessage'],
  FederationReferenceType extends FederationReferenceTypes['MarketingMessage'] =
    FederationReferenceTypes['MarketingMessage'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['MarketingMessage']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['MessageChannel'], ParentType, ContextType>;
  clickedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sendAfter?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MessageStatus'], ParentType, ContextType>;
  statusDetail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  suppressionReason?: Resolver<Maybe<ResolversTypes['SuppressionReason']>, ParentType, ContextType>;
  template?: Resolver<ResolversTypes['MessageTemplate'], ParentType, ContextType>;
  templateVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  textBody?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MarketingMessageConnectionResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['MarketingMessageConnection'] =
    ResolversParentTypes['MarketingMessageConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['MarketingMessageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MarketingMessageEdgeResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['MarketingMessageEdge'] =
    ResolversParentTypes['MarketingMessageEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MarketingMessage'], ParentType, ContextType>;
};

export type MessagePreviewResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['MessagePreview'] = ResolversParentTypes['MessagePreview'],
> = {
  htmlBody?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  textBody?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MessageTemplateResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['MessageTemplate'] = ResolversParentTypes['MessageTemplate'],
  FederationReferenceType extends FederationReferenceTypes['MessageTemplate'] =
    FederationReferenceTypes['MessageTemplate'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['MessageTemplate']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  channel?: Resolver<ResolversTypes['MessageChannel'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  htmlBody?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  textBody?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  variables?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MessageTemplateConnectionResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['MessageTemplateConnection'] =
    ResolversParentTypes['MessageTemplateConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['MessageTemplateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MessageTemplateEdgeResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['MessageTemplateEdge'] =
    ResolversParentTypes['MessageTemplateEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MessageTemplate'], ParentType, ContextType>;
};

export type MoneyResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money'],
> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  addCampaignMembers?: Resolver<
    ResolversTypes['AddCampaignMembersResult'],
    ParentType,
    ContextType,
    RequireFields<MutationAddCampaignMembersArgs, 'campaignId' | 'members'>
  >;
  addLoyaltyCampaignBonus?: Resolver<
    ResolversTypes['LoyaltyProgramme'],
    ParentType,
    ContextType,
    RequireFields<MutationAddLoyaltyCampaignBonusArgs, 'input'>
  >;
  addSegmentToCampaign?: Resolver<
    ResolversTypes['AddCampaignMembersResult'],
    ParentType,
    ContextType,
    RequireFields<MutationAddSegmentToCampaignArgs, 'campaignId' | 'segmentId'>
  >;
  addToStaticList?: Resolver<
    ResolversTypes['Segment'],
    ParentType,
    ContextType,
    RequireFields<MutationAddToStaticListArgs, 'customerIds' | 'segmentId'>
  >;
  archiveJourney?: Resolver<
    ResolversTypes['Journey'],
    ParentType,
    ContextType,
    RequireFields<MutationArchiveJourneyArgs, 'id' | 'version'>
  >;
  archiveSegment?: Resolver<
    ResolversTypes['Segment'],
    ParentType,
    ContextType,
    RequireFields<MutationArchiveSegmentArgs, 'id' | 'version'>
  >;
  cancelCampaign?: Resolver<
    ResolversTypes['Campaign'],
    ParentType,
    ContextType,
    RequireFields<MutationCancelCampaignArgs, 'id' | 'reason'>
  >;
  completeCampaign?: Resolver<
    ResolversTypes['Campaign'],
    ParentType,
    ContextType,
    RequireFields<MutationCompleteCampaignArgs, 'id'>
  >;
  createCampaign?: Resolver<
    ResolversTypes['Campaign'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateCampaignArgs, 'input'>
  >;
  createJourney?: Resolver<
    ResolversTypes['Journey'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateJourneyArgs, 'input'>
  >;
  createLoyaltyProgramme?: Resolver<
    ResolversTypes['LoyaltyProgramme'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateLoyaltyProgrammeArgs, 'input'>
  >;
  createMessageTemplate?: Resolver<
    ResolversTypes['MessageTemplate'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateMessageTemplateArgs, 'input'>
  >;
  createSegment?: Resolver<
    ResolversTypes['Segment'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateSegmentArgs, 'input'>
  >;
  enrollCustomer?: Resolver<
    ResolversTypes['LoyaltyMember'],
    ParentType,
    ContextType,
    RequireFields<MutationEnrollCustomerArgs, 'customerId' | 'programmeId'>
  >;
  importStaticList?: Resolver<
    ResolversTypes['StaticListImport'],
    ParentType,
    ContextType,
    RequireFields<MutationImportStaticListArgs, 'csv' | 'segmentId'>
  >;
  publishJourney?: Resolver<
    ResolversTypes['Journey'],
    ParentType,
    ContextType,
    RequireFields<MutationPublishJourneyArgs, 'id' | 'version'>
  >;
  recordCampaignCost?: Resolver<
    ResolversTypes['RecordCampaignCostResult'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordCampaignCostArgs, 'campaignId' | 'input'>
  >;
  recordCampaignResponse?: Resolver<
    ResolversTypes['RecordCampaignResponseResult'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordCampaignResponseArgs, 'campaignId' | 'channel' | 'kind' | 'memberId'>
  >;
  redeemPoints?: Resolver<
    ResolversTypes['LoyaltyMember'],
    ParentType,
    ContextType,
    RequireFields<MutationRedeemPointsArgs, 'memberId' | 'points' | 'reason'>
  >;
  removeFromStaticList?: Resolver<
    ResolversTypes['Segment'],
    ParentType,
    ContextType,
    RequireFields<MutationRemoveFromStaticListArgs, 'customerIds' | 'segmentId'>
  >;
  reportMessageDelivery?: Resolver<
    ResolversTypes['MarketingMessage'],
    ParentType,
    ContextType,
    RequireFields<MutationReportMessageDeliveryArgs, 'input'>
  >;
  scheduleCampaign?: Resolver<
    ResolversTypes['Campaign'],
    ParentType,
    ContextType,
    RequireFields<MutationScheduleCampaignArgs, 'id'>
  >;
  sendMarketingMessage?: Resolver<
    ResolversTypes['MarketingMessage'],
    ParentType,
    ContextType,
    RequireFields<MutationSendMarketingMessageArgs, 'input'>
  >;
  setCampaignMemberStatus?: Resolver<
    ResolversTypes['CampaignMember'],
    ParentType,
    ContextType,
    RequireFields<MutationSetCampaignMemberStatusArgs, 'memberId' | 'status'>
  >;
  unsubscribe?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<MutationUnsubscribeArgs, 'token'>
  >;
  updateCampaign?: Resolver<
    ResolversTypes['Campaign'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateCampaignArgs, 'id' | 'input'>
  >;
  updateJourney?: Resolver<
    ResolversTypes['Journey'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateJourneyArgs, 'id' | 'input' | 'version'>
  >;
  updateMessageTemplate?: Resolver<
    ResolversTypes['MessageTemplate'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateMessageTemplateArgs, 'id' | 'input' | 'version'>
  >;
  updateSegment?: Resolver<
    ResolversTypes['Segment'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateSegmentArgs, 'input'>
  >;
};

export type PageInfoResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProductResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ProductRecommendationResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['ProductRecommendation'] =
    ResolversParentTypes['ProductRecommendation'],
> = {
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['RecommendationReason'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  campaign?: Resolver<
    Maybe<ResolversTypes['Campaign']>,
    ParentType,
    ContextType,
    RequireFields<QueryCampaignArgs, 'id'>
  >;
  campaigns?: Resolver<
    ResolversTypes['CampaignConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryCampaignsArgs, 'first'>
  >;
  journey?: Resolver<
    Maybe<ResolversTypes['Journey']>,
    ParentType,
    ContextType,
    RequireFields<QueryJourneyArgs, 'id'>
  >;
  journeyTemplates?: Resolver<Array<ResolversTypes['JourneyTemplate']>, ParentType, ContextType>;
  journeys?: Resolver<
    ResolversTypes['JourneyConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryJourneysArgs, 'first'>
  >;
  loyaltyProgramme?: Resolver<
    Maybe<ResolversTypes['LoyaltyProgramme']>,
    ParentType,
    ContextType,
    RequireFields<QueryLoyaltyProgrammeArgs, 'id'>
  >;
  loyaltyProgrammes?: Resolver<
    ResolversTypes['LoyaltyProgrammeConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryLoyaltyProgrammesArgs, 'first'>
  >;
  marketingMessage?: Resolver<
    Maybe<ResolversTypes['MarketingMessage']>,
    ParentType,
    ContextType,
    RequireFields<QueryMarketingMessageArgs, 'id'>
  >;
  marketingMessages?: Resolver<
    ResolversTypes['MarketingMessageConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryMarketingMessagesArgs, 'first'>
  >;
  messageTemplate?: Resolver<
    Maybe<ResolversTypes['MessageTemplate']>,
    ParentType,
    ContextType,
    RequireFields<QueryMessageTemplateArgs, 'id'>
  >;
  messageTemplates?: Resolver<
    ResolversTypes['MessageTemplateConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryMessageTemplatesArgs, 'first'>
  >;
  previewMessageTemplate?: Resolver<
    ResolversTypes['MessagePreview'],
    ParentType,
    ContextType,
    RequireFields<QueryPreviewMessageTemplateArgs, 'id'>
  >;
  previewSegment?: Resolver<
    ResolversTypes['SegmentPreview'],
    ParentType,
    ContextType,
    RequireFields<QueryPreviewSegmentArgs, 'rule' | 'sample'>
  >;
  referralStats?: Resolver<
    ResolversTypes['ReferralStats'],
    ParentType,
    ContextType,
    RequireFields<QueryReferralStatsArgs, 'customerId'>
  >;
  segment?: Resolver<
    Maybe<ResolversTypes['Segment']>,
    ParentType,
    ContextType,
    RequireFields<QuerySegmentArgs, 'id'>
  >;
  segments?: Resolver<
    ResolversTypes['SegmentConnection'],
    ParentType,
    ContextType,
    RequireFields<QuerySegmentsArgs, 'first'>
  >;
};

export type RecommendationReasonResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['RecommendationReason'] =
    ResolversParentTypes['RecommendationReason'],
> = {
  basedOnProduct?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RecommendationKind'], ParentType, ContextType>;
  lift?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  support?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type RecordCampaignCostResultResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['RecordCampaignCostResult'] =
    ResolversParentTypes['RecordCampaignCostResult'],
> = {
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['CampaignCost'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RecordCampaignResponseResultResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['RecordCampaignResponseResult'] =
    ResolversParentTypes['RecordCampaignResponseResult'],
> = {
  member?: Resolver<ResolversTypes['CampaignMember'], ParentType, ContextType>;
  response?: Resolver<ResolversTypes['CampaignResponse'], ParentType, ContextType>;
};

export type ReferralStatsResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['ReferralStats'] = ResolversParentTypes['ReferralStats'],
> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referred?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rewarded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SegmentResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['Segment'] = ResolversParentTypes['Segment'],
  FederationReferenceType extends FederationReferenceTypes['Segment'] = FederationReferenceTypes['Segment'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Segment']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SegmentKind'], ParentType, ContextType>;
  members?: Resolver<
    ResolversTypes['SegmentMemberConnection'],
    ParentType,
    ContextType,
    RequireFields<SegmentMembersArgs, 'first'>
  >;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['SegmentRule']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SegmentStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SegmentConnectionResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['SegmentConnection'] = ResolversParentTypes['SegmentConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['SegmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SegmentEdgeResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['SegmentEdge'] = ResolversParentTypes['SegmentEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
};

export type SegmentMemberResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['SegmentMember'] = ResolversParentTypes['SegmentMember'],
> = {
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
};

export type SegmentMemberConnectionResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['SegmentMemberConnection'] =
    ResolversParentTypes['SegmentMemberConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['SegmentMemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SegmentMemberEdgeResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['SegmentMemberEdge'] = ResolversParentTypes['SegmentMemberEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SegmentMember'], ParentType, ContextType>;
};

export type SegmentPreviewResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['SegmentPreview'] = ResolversParentTypes['SegmentPreview'],
> = {
  sample?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface SegmentRuleScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['SegmentRule'], any> {
  name: 'SegmentRule';
}

export type StaticListImportResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['StaticListImport'] = ResolversParentTypes['StaticListImport'],
> = {
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  alreadyMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
  unknownRows?: Resolver<Array<ResolversTypes['UnknownListRow']>, ParentType, ContextType>;
};

export type UnknownListRowResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['UnknownListRow'] = ResolversParentTypes['UnknownListRow'],
> = {
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = MarketingContext> = {
  AddCampaignMembersResult?: AddCampaignMembersResultResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  CampaignChannelCount?: CampaignChannelCountResolvers<ContextType>;
  CampaignConnection?: CampaignConnectionResolvers<ContextType>;
  CampaignCost?: CampaignCostResolvers<ContextType>;
  CampaignCostConnection?: CampaignCostConnectionResolvers<ContextType>;
  CampaignCostEdge?: CampaignCostEdgeResolvers<ContextType>;
  CampaignEdge?: CampaignEdgeResolvers<ContextType>;
  CampaignMember?: CampaignMemberResolvers<ContextType>;
  CampaignMemberConnection?: CampaignMemberConnectionResolvers<ContextType>;
  CampaignMemberEdge?: CampaignMemberEdgeResolvers<ContextType>;
  CampaignMemberStats?: CampaignMemberStatsResolvers<ContextType>;
  CampaignResponse?: CampaignResponseResolvers<ContextType>;
  CampaignResponseConnection?: CampaignResponseConnectionResolvers<ContextType>;
  CampaignResponseEdge?: CampaignResponseEdgeResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  JSONObject?: GraphQLScalarType;
  Journey?: JourneyResolvers<ContextType>;
  JourneyConnection?: JourneyConnectionResolvers<ContextType>;
  JourneyEdge?: JourneyEdgeResolvers<ContextType>;
  JourneyStats?: JourneyStatsResolvers<ContextType>;
  JourneyStepStats?: JourneyStepStatsResolvers<ContextType>;
  JourneyTemplate?: JourneyTemplateResolvers<ContextType>;
  LocalDate?: GraphQLScalarType;
  LoyaltyCampaignBonus?: LoyaltyCampaignBonusResolvers<ContextType>;
  LoyaltyHistoryConnection?: LoyaltyHistoryConnectionResolvers<ContextType>;
  LoyaltyHistoryEdge?: LoyaltyHistoryEdgeResolvers<ContextType>;
  LoyaltyHistoryEntry?: LoyaltyHistoryEntryResolvers<ContextType>;
  LoyaltyLevel?: LoyaltyLevelResolvers<ContextType>;
  LoyaltyMember?: LoyaltyMemberResolvers<ContextType>;
  LoyaltyProgramme?: LoyaltyProgrammeResolvers<ContextType>;
  LoyaltyProgrammeConnection?: LoyaltyProgrammeConnectionResolvers<ContextType>;
  LoyaltyProgrammeEdge?: LoyaltyProgrammeEdgeResolvers<ContextType>;
  MarketingMessage?: MarketingMessageResolvers<ContextType>;
  MarketingMessageConnection?: MarketingMessageConnectionResolvers<ContextType>;
  MarketingMessageEdge?: MarketingMessageEdgeResolvers<ContextType>;
  MessagePreview?: MessagePreviewResolvers<ContextType>;
  MessageTemplate?: MessageTemplateResolvers<ContextType>;
  MessageTemplateConnection?: MessageTemplateConnectionResolvers<ContextType>;
  MessageTemplateEdge?: MessageTemplateEdgeResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductRecommendation?: ProductRecommendationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecommendationReason?: RecommendationReasonResolvers<ContextType>;
  RecordCampaignCostResult?: RecordCampaignCostResultResolvers<ContextType>;
  RecordCampaignResponseResult?: RecordCampaignResponseResultResolvers<ContextType>;
  ReferralStats?: ReferralStatsResolvers<ContextType>;
  Segment?: SegmentResolvers<ContextType>;
  SegmentConnection?: SegmentConnectionResolvers<ContextType>;
  SegmentEdge?: SegmentEdgeResolvers<ContextType>;
  SegmentMember?: SegmentMemberResolvers<ContextType>;
  SegmentMemberConnection?: SegmentMemberConnectionResolvers<ContextType>;
  SegmentMemberEdge?: SegmentMemberEdgeResolvers<ContextType>;
  SegmentPreview?: SegmentPreviewResolvers<ContextType>;
  SegmentRule?: GraphQLScalarType;
  StaticListImport?: StaticListImportResolvers<ContextType>;
  UnknownListRow?: UnknownListRowResolvers<ContextType>;
};
