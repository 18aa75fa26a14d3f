import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Campaign as CampaignRow } from '../data/campaign.entity';
import type { CampaignCost as CampaignCostRow } from '../data/campaign-cost.entity';
import type { CampaignMember as CampaignMemberRow } from '../data/campaign-member.entity';
import type { CampaignResponse as CampaignResponseRow } from '../data/campaign-response.entity';
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
  /** ISO-8601 calendar date, e.g. 2026-12-31. */
  LocalDate: { input: string; output: string };
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
  /** Leads from the campaign, what they became and paid, against its cost. */
  performance: CampaignPerformance;
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

/**
 * Attribution of sales to the campaign: leads whose source is the campaign, the customers they were
 * converted to, and those customers' payments (exact, per currency).
 */
export type CampaignPerformance = {
  __typename?: 'CampaignPerformance';
  convertedLeads: Scalars['Int']['output'];
  cost: Array<Money>;
  leads: Scalars['Int']['output'];
  revenue: Array<Money>;
  roi: Array<CampaignRoi>;
};

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

/** Return on investment in one currency (no exchange rates). */
export type CampaignRoi = {
  __typename?: 'CampaignRoi';
  currency: Scalars['String']['output'];
  /** (revenue − cost) / cost to 4 decimals, e.g. "1.5" for 150 %; null when the campaign has no cost in this currency. */
  roi: Maybe<Scalars['String']['output']>;
};

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

/**
 * A customer of the customer subgraph. Marketing's parts add what they know of it (segments,
 * loyalty, recommended products) with `extend type Customer` in their own files.
 */
export type Customer = {
  __typename?: 'Customer';
  /** The campaigns the customer is a member of (with its status in each), most recently added first. */
  campaignMemberships: Maybe<CampaignMemberConnection>;
  id: Scalars['ID']['output'];
};

/**
 * A customer of the customer subgraph. Marketing's parts add what they know of it (segments,
 * loyalty, recommended products) with `extend type Customer` in their own files.
 */
export type CustomerCampaignMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /** DRAFT, SCHEDULED or ACTIVE → CANCELLED, with the reason (1 to 500 characters). */
  cancelCampaign: Campaign;
  /** ACTIVE → COMPLETED before its end date. */
  completeCampaign: Campaign;
  /** Creates a campaign in status DRAFT. */
  createCampaign: Campaign;
  /** Records an expense in the campaign's currency; warns when it pushes the spend over budget. */
  recordCampaignCost: RecordCampaignCostResult;
  /** Records a member's response; the member moves to RESPONDED unless it is further already. */
  recordCampaignResponse: RecordCampaignResponseResult;
  /** DRAFT → SCHEDULED; needs startsOn. It starts by itself on that day. */
  scheduleCampaign: Campaign;
  /** Moves a member forward (only forward) once the campaign is scheduled. */
  setCampaignMemberStatus: CampaignMember;
  /** Changes the plan of a campaign that is not COMPLETED or CANCELLED. */
  updateCampaign: Campaign;
};

export type MutationAddCampaignMembersArgs = {
  campaignId: Scalars['ID']['input'];
  members: Array<CampaignMemberInput>;
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

export type MutationScheduleCampaignArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type MutationSetCampaignMemberStatusArgs = {
  memberId: Scalars['ID']['input'];
  status: CampaignMemberStatus;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type MutationUpdateCampaignArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCampaignInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** The campaign with this id; NOT_FOUND if there is none. */
  campaign: Maybe<Campaign>;
  /** Campaigns, newest first, keyset-paginated; only those in `status` when it is given. */
  campaigns: CampaignConnection;
};

export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};

export type QueryCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CampaignStatus>;
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
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Campaign: { __typename: 'Campaign' } & GraphQLRecursivePick<FederationTypes['Campaign'], { id: true }>;
  Customer: { __typename: 'Customer' } & GraphQLRecursivePick<FederationTypes['Customer'], { id: true }>;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddCampaignMembersResult: ResolverTypeWrapper<
    Partial<Omit<AddCampaignMembersResult, 'campaign'> & { campaign: ResolversTypes['Campaign'] }>
  >;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  Campaign: ResolverTypeWrapper<CampaignRow>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
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
  CampaignPerformance: ResolverTypeWrapper<Partial<CampaignPerformance>>;
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
  CampaignRoi: ResolverTypeWrapper<Partial<CampaignRoi>>;
  CampaignStatus: ResolverTypeWrapper<Partial<CampaignStatus>>;
  CreateCampaignInput: ResolverTypeWrapper<Partial<CreateCampaignInput>>;
  Customer: ResolverTypeWrapper<
    Partial<
      Omit<Customer, 'campaignMemberships'> & {
        campaignMemberships?: Maybe<ResolversTypes['CampaignMemberConnection']>;
      }
    >
  >;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  LocalDate: ResolverTypeWrapper<Partial<Scalars['LocalDate']['output']>>;
  Money: ResolverTypeWrapper<Partial<Money>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
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
  UpdateCampaignInput: ResolverTypeWrapper<Partial<UpdateCampaignInput>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddCampaignMembersResult: Partial<
    Omit<AddCampaignMembersResult, 'campaign'> & { campaign: ResolversParentTypes['Campaign'] }
  >;
  Int: Partial<Scalars['Int']['output']>;
  Campaign: CampaignRow;
  String: Partial<Scalars['String']['output']>;
  ID: Partial<Scalars['ID']['output']>;
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
  CampaignPerformance: Partial<CampaignPerformance>;
  CampaignResponse: CampaignResponseRow;
  CampaignResponseConnection: Partial<
    Omit<CampaignResponseConnection, 'edges'> & { edges: Array<ResolversParentTypes['CampaignResponseEdge']> }
  >;
  CampaignResponseEdge: Partial<
    Omit<CampaignResponseEdge, 'node'> & { node: ResolversParentTypes['CampaignResponse'] }
  >;
  CampaignRoi: Partial<CampaignRoi>;
  CreateCampaignInput: Partial<CreateCampaignInput>;
  Customer: Partial<
    | (Omit<Customer, 'campaignMemberships'> & {
        campaignMemberships?: Maybe<ResolversParentTypes['CampaignMemberConnection']>;
      })
    | FederationReferenceTypes['Customer']
  >;
  DateTime: Partial<Scalars['DateTime']['output']>;
  LocalDate: Partial<Scalars['LocalDate']['output']>;
  Money: Partial<Money>;
  Mutation: Record<PropertyKey, never>;
  PageInfo: Partial<PageInfo>;
  Query: Record<PropertyKey, never>;
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
  UpdateCampaignInput: Partial<UpdateCampaignInput>;
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
  performance?: Resolver<ResolversTypes['CampaignPerformance'], ParentType, ContextType>;
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

export type CampaignPerformanceResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['CampaignPerformance'] =
    ResolversParentTypes['CampaignPerformance'],
> = {
  convertedLeads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cost?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  leads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revenue?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  roi?: Resolver<Array<ResolversTypes['CampaignRoi']>, ParentType, ContextType>;
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

export type CampaignRoiResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['CampaignRoi'] = ResolversParentTypes['CampaignRoi'],
> = {
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface LocalDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDate'], any> {
  name: 'LocalDate';
}

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
  scheduleCampaign?: Resolver<
    ResolversTypes['Campaign'],
    ParentType,
    ContextType,
    RequireFields<MutationScheduleCampaignArgs, 'id'>
  >;
  setCampaignMemberStatus?: Resolver<
    ResolversTypes['CampaignMember'],
    ParentType,
    ContextType,
    RequireFields<MutationSetCampaignMemberStatusArgs, 'memberId' | 'status'>
  >;
  updateCampaign?: Resolver<
    ResolversTypes['Campaign'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateCampaignArgs, 'id' | 'input'>
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
  CampaignPerformance?: CampaignPerformanceResolvers<ContextType>;
  CampaignResponse?: CampaignResponseResolvers<ContextType>;
  CampaignResponseConnection?: CampaignResponseConnectionResolvers<ContextType>;
  CampaignResponseEdge?: CampaignResponseEdgeResolvers<ContextType>;
  CampaignRoi?: CampaignRoiResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  LocalDate?: GraphQLScalarType;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordCampaignCostResult?: RecordCampaignCostResultResolvers<ContextType>;
  RecordCampaignResponseResult?: RecordCampaignResponseResultResolvers<ContextType>;
};
