import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Campaign as CampaignRow } from '../data/campaign.entity';
import type { LoyaltyProgramme as LoyaltyProgrammeRow } from '../data/loyalty-programme.entity';
import type { LoyaltyMember as LoyaltyMemberRow } from '../data/loyalty-member.entity';
import type { LoyaltyLedgerEntry as LoyaltyLedgerEntryRow } from '../data/loyalty-ledger-entry.entity';
import type { ReferralStatsRow as ReferralStatsRowRow } from '../data/referral.repository';
import type { LoyaltyCampaignBonus as LoyaltyCampaignBonusRow } from '../data/loyalty-campaign-bonus.entity';
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

export type AddLoyaltyCampaignBonusInput = {
  campaignId: Scalars['ID']['input'];
  /** On or after startsOn. */
  endsOn: Scalars['LocalDate']['input'];
  /** Above 0, at most 100, e.g. "2" for double points. */
  pointsMultiplier: Scalars['String']['input'];
  programmeId: Scalars['ID']['input'];
  startsOn: Scalars['LocalDate']['input'];
};

/** A marketing campaign: what the business spends to reach an audience over a period. */
export type Campaign = {
  __typename?: 'Campaign';
  /** What the campaign may spend; null when no budget is set. */
  budget: Maybe<Money>;
  createdAt: Scalars['DateTime']['output'];
  /** On or after startsOn. */
  endsOn: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  startsOn: Maybe<Scalars['LocalDate']['output']>;
  status: CampaignStatus;
  /** Optimistic-locking version: pass it back on updates. */
  version: Scalars['Int']['output'];
};

export type CampaignConnection = {
  __typename?: 'CampaignConnection';
  edges: Array<CampaignEdge>;
  pageInfo: PageInfo;
};

export type CampaignEdge = {
  __typename?: 'CampaignEdge';
  cursor: Scalars['String']['output'];
  node: Campaign;
};

/** Lifecycle of a campaign (DESIGN §3): DRAFT → SCHEDULED → ACTIVE → COMPLETED, or CANCELLED. */
export type CampaignStatus = 'ACTIVE' | 'CANCELLED' | 'COMPLETED' | 'DRAFT' | 'SCHEDULED';

export type CreateCampaignInput = {
  /** Decimal string, e.g. "25000.00"; at most 4 decimals. Give it with budgetCurrency, or neither. */
  budgetAmount?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 code, e.g. EUR. Give it with budgetAmount, or neither. */
  budgetCurrency?: InputMaybe<Scalars['String']['input']>;
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

/**
 * A customer of the customer subgraph. Marketing's parts add what they know of it (segments,
 * loyalty, recommended products) with `extend type Customer` in their own files.
 */
export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
  /** The customer's loyalty membership; null if they are not enrolled. */
  loyalty: Maybe<LoyaltyMember>;
  /** The code a lead or customer gives at creation to name this customer as referrer; null if not enrolled. */
  referralCode: Maybe<Scalars['String']['output']>;
  referrals: Maybe<ReferralStats>;
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

/** An exact amount of money: a decimal string (never a float) and an ISO 4217 currency. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['String']['output'];
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a campaign's points multiplier to a programme for a window of dates. */
  addLoyaltyCampaignBonus: LoyaltyProgramme;
  /** Creates a campaign in status DRAFT. */
  createCampaign: Campaign;
  createLoyaltyProgramme: LoyaltyProgramme;
  /** Enrols the customer (one programme per customer; BAD_USER_INPUT on customerId if already a member). */
  enrollCustomer: LoyaltyMember;
  /**
   * Redeems points from the oldest lots first; not more than the balance (BAD_USER_INPUT on points).
   * With `version`, CONFLICT if the member changed since it was read.
   */
  redeemPoints: LoyaltyMember;
};

export type MutationAddLoyaltyCampaignBonusArgs = {
  input: AddLoyaltyCampaignBonusInput;
};

export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};

export type MutationCreateLoyaltyProgrammeArgs = {
  input: CreateLoyaltyProgrammeInput;
};

export type MutationEnrollCustomerArgs = {
  customerId: Scalars['ID']['input'];
  programmeId: Scalars['ID']['input'];
};

export type MutationRedeemPointsArgs = {
  memberId: Scalars['ID']['input'];
  points: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
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
  /** The programme with this id; NOT_FOUND if there is none. */
  loyaltyProgramme: Maybe<LoyaltyProgramme>;
  /** Programmes, newest first, keyset-paginated. */
  loyaltyProgrammes: LoyaltyProgrammeConnection;
  /** The referral results of a customer (zeros if they never referred anyone). */
  referralStats: ReferralStats;
};

export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};

export type QueryCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CampaignStatus>;
};

export type QueryLoyaltyProgrammeArgs = {
  id: Scalars['ID']['input'];
};

export type QueryLoyaltyProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryReferralStatsArgs = {
  customerId: Scalars['ID']['input'];
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
  LoyaltyProgramme: LoyaltyProgramme;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Campaign: { __typename: 'Campaign' } & GraphQLRecursivePick<FederationTypes['Campaign'], { id: true }>;
  Customer: { __typename: 'Customer' } & GraphQLRecursivePick<FederationTypes['Customer'], { id: true }>;
  LoyaltyProgramme: { __typename: 'LoyaltyProgramme' } & GraphQLRecursivePick<
    FederationTypes['LoyaltyProgramme'],
    { id: true }
  >;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddLoyaltyCampaignBonusInput: ResolverTypeWrapper<Partial<AddLoyaltyCampaignBonusInput>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  Campaign: ResolverTypeWrapper<CampaignRow>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  CampaignConnection: ResolverTypeWrapper<
    Partial<Omit<CampaignConnection, 'edges'> & { edges: Array<ResolversTypes['CampaignEdge']> }>
  >;
  CampaignEdge: ResolverTypeWrapper<
    Partial<Omit<CampaignEdge, 'node'> & { node: ResolversTypes['Campaign'] }>
  >;
  CampaignStatus: ResolverTypeWrapper<Partial<CampaignStatus>>;
  CreateCampaignInput: ResolverTypeWrapper<Partial<CreateCampaignInput>>;
  CreateLoyaltyProgrammeInput: ResolverTypeWrapper<Partial<CreateLoyaltyProgrammeInput>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  Customer: ResolverTypeWrapper<{ id: string }>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
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
  Money: ResolverTypeWrapper<Partial<Money>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReferralStats: ResolverTypeWrapper<ReferralStatsRowRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddLoyaltyCampaignBonusInput: Partial<AddLoyaltyCampaignBonusInput>;
  ID: Partial<Scalars['ID']['output']>;
  String: Partial<Scalars['String']['output']>;
  Campaign: CampaignRow;
  Int: Partial<Scalars['Int']['output']>;
  CampaignConnection: Partial<
    Omit<CampaignConnection, 'edges'> & { edges: Array<ResolversParentTypes['CampaignEdge']> }
  >;
  CampaignEdge: Partial<Omit<CampaignEdge, 'node'> & { node: ResolversParentTypes['Campaign'] }>;
  CreateCampaignInput: Partial<CreateCampaignInput>;
  CreateLoyaltyProgrammeInput: Partial<CreateLoyaltyProgrammeInput>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  Customer: { id: string };
  DateTime: Partial<Scalars['DateTime']['output']>;
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
  Money: Partial<Money>;
  Mutation: Record<PropertyKey, never>;
  PageInfo: Partial<PageInfo>;
  Query: Record<PropertyKey, never>;
  ReferralStats: ReferralStatsRowRow;
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
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CampaignStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignConnectionResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['CampaignConnection'] = ResolversParentTypes['CampaignConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CampaignEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CampaignEdgeResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['CampaignEdge'] = ResolversParentTypes['CampaignEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
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
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  loyalty?: Resolver<Maybe<ResolversTypes['LoyaltyMember']>, ParentType, ContextType>;
  referralCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  referrals?: Resolver<Maybe<ResolversTypes['ReferralStats']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

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
  addLoyaltyCampaignBonus?: Resolver<
    ResolversTypes['LoyaltyProgramme'],
    ParentType,
    ContextType,
    RequireFields<MutationAddLoyaltyCampaignBonusArgs, 'input'>
  >;
  createCampaign?: Resolver<
    ResolversTypes['Campaign'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateCampaignArgs, 'input'>
  >;
  createLoyaltyProgramme?: Resolver<
    ResolversTypes['LoyaltyProgramme'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateLoyaltyProgrammeArgs, 'input'>
  >;
  enrollCustomer?: Resolver<
    ResolversTypes['LoyaltyMember'],
    ParentType,
    ContextType,
    RequireFields<MutationEnrollCustomerArgs, 'customerId' | 'programmeId'>
  >;
  redeemPoints?: Resolver<
    ResolversTypes['LoyaltyMember'],
    ParentType,
    ContextType,
    RequireFields<MutationRedeemPointsArgs, 'memberId' | 'points' | 'reason'>
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
  referralStats?: Resolver<
    ResolversTypes['ReferralStats'],
    ParentType,
    ContextType,
    RequireFields<QueryReferralStatsArgs, 'customerId'>
  >;
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

export type Resolvers<ContextType = MarketingContext> = {
  Campaign?: CampaignResolvers<ContextType>;
  CampaignConnection?: CampaignConnectionResolvers<ContextType>;
  CampaignEdge?: CampaignEdgeResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
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
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReferralStats?: ReferralStatsResolvers<ContextType>;
};
