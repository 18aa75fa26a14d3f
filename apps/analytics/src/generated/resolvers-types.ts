import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AuditEntry as AuditEntryRow } from '../data/audit-entry.entity';
import type { CustomerMetrics as CustomerMetricsRow } from '../data/customer-metrics.repository';
import type { TimelineEntry as TimelineEntryRow } from '../data/timeline-entry.entity';
import type { AnalyticsContext } from '../analytics-context';
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

/** One change in the audit trail: who did what to which record, field by field. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The mutation, e.g. createCustomer. */
  action: Scalars['String']['output'];
  actor: Maybe<User>;
  changes: Array<AuditFieldChange>;
  entityId: Scalars['ID']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** A field's value before and after, as JSON (null before on creation). */
export type AuditFieldChange = {
  __typename?: 'AuditFieldChange';
  after: Maybe<Scalars['String']['output']>;
  before: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

export type Campaign = {
  __typename?: 'Campaign';
  id: Scalars['ID']['output'];
  /**
   * Leads from the campaign, the revenue of the customers they became, and its cost, in the
   * reporting currency. Null when the analytics service is unavailable.
   */
  performance: Maybe<CampaignPerformance>;
};

export type CampaignAttribution = {
  __typename?: 'CampaignAttribution';
  revenue: Money;
  /** (revenue − cost) / cost to 4 decimals, e.g. "1.5" for 150 %; null when the campaign has no cost. */
  roi: Maybe<Scalars['String']['output']>;
};

/**
 * Revenue attributed to a campaign: payments of customers converted from its leads, from the
 * conversion to the end of the attribution window, credited by first touch (the customer's earliest
 * touching lead) and by last touch (the latest). Amounts convert at the rate of their own day.
 */
export type CampaignPerformance = {
  __typename?: 'CampaignPerformance';
  /** Days after a conversion its campaign is credited with payments (ANALYTICS_ATTRIBUTION_WINDOW_DAYS). */
  attributionWindowDays: Scalars['Int']['output'];
  /** False when some payment or cost had no exchange rate to the reporting currency: the figures leave it out. */
  complete: Scalars['Boolean']['output'];
  convertedLeads: Scalars['Int']['output'];
  /** Every recorded cost. */
  cost: Money;
  firstTouch: CampaignAttribution;
  lastTouch: CampaignAttribution;
  leads: Scalars['Int']['output'];
};

export type ChurnRisk = {
  __typename?: 'ChurnRisk';
  /** The churn loop announced the customer at risk (the score reached the threshold) and has not cleared it. */
  atRisk: Scalars['Boolean']['output'];
  /** Largest first. */
  reasons: Array<ChurnRiskReason>;
  /** 0 to 1: the sum of the reasons' contributions. */
  score: Scalars['Float']['output'];
};

export type ChurnRiskReason = {
  __typename?: 'ChurnRiskReason';
  /** This signal's share of the score. */
  contribution: Scalars['Float']['output'];
  /** For people, e.g. "No purchase for 184 days, usually every 61". */
  detail: Scalars['String']['output'];
  signal: ChurnRiskSignal;
};

export type ChurnRiskSignal =
  /** Less paid in the last 12 months than in the 12 before. */
  | 'FALLING_SPEND'
  /** A low CSAT or an NPS detractor answer in the last year. */
  | 'LOW_SATISFACTION'
  /** Complaints opened and not yet resolved. */
  | 'OPEN_COMPLAINTS'
  /** Recency against the customer's usual interval between purchases. */
  | 'OVERDUE_REPURCHASE'
  /** No interaction for a long time. */
  | 'SILENCE';

export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
  /** Null when the analytics service is unavailable. */
  metrics: Maybe<CustomerMetrics>;
  /**
   * Interactions and other domains' activity (deals, orders, payments, lifecycle), most recent first.
   * Empty for customers outside the caller's scope. Null when the analytics service is unavailable.
   */
  timeline: Maybe<TimelineEntryConnection>;
};

export type CustomerTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<TimelineEntryKind>>;
};

/** Figures about one customer, computed from domain events. */
export type CustomerMetrics = {
  __typename?: 'CustomerMetrics';
  /** How likely the customer is to leave, with the signals that say so; null before they are scored. */
  churnRisk: Maybe<ChurnRisk>;
  /**
   * Lifetime value m·r/(1+d−r) in the reporting currency: m is the last 12 months' payments × the
   * margin share, r the yearly retention, d the discount rate (README "Analytics scores"). Null
   * before the customer is scored, or when a payment has no exchange rate to the reporting currency.
   */
  clv: Maybe<Money>;
  /** Deals not yet won or lost. */
  openOpportunities: Scalars['Int']['output'];
  /** Sum of the open deals' amounts, one entry per currency. */
  openPipeline: Array<Money>;
  /** RFM quintiles over the customer base; null before the customer's first payment. */
  rfm: Maybe<RfmScore>;
  /** When the scores were last computed. */
  scoredAt: Maybe<Scalars['DateTime']['output']>;
};

export type Interaction = {
  __typename?: 'Interaction';
  id: Scalars['ID']['output'];
};

/** An exact amount of money: a decimal string (never a float) and an ISO 4217 currency. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['String']['output'];
  currency: Scalars['String']['output'];
};

export type Opportunity = {
  __typename?: 'Opportunity';
  id: Scalars['ID']['output'];
};

export type Order = {
  __typename?: 'Order';
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Payment = {
  __typename?: 'Payment';
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The changes made to one record, newest first (admins and managers). */
  auditTrail: AuditEntryConnection;
  /** Customers analytics has seen created, a sanity figure for data teams. */
  customersSeen: Scalars['Int']['output'];
};

export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  entityType: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A short-lived signed link to a report as CSV, served by analytics. */
export type ReportExport = {
  __typename?: 'ReportExport';
  expiresAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
};

/** Narrows whose figures count. The caller's scope still applies: a rep sees their own, a manager their team's. */
export type ReportFilter = {
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  segmentId?: InputMaybe<Scalars['ID']['input']>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReportGranularity = 'DAY' | 'MONTH' | 'QUARTER' | 'WEEK' | 'YEAR';

/** The days a report covers (inclusive, UTC) and the size of the buckets its series use. */
export type ReportPeriod = {
  from: Scalars['LocalDate']['input'];
  granularity?: ReportGranularity;
  to: Scalars['LocalDate']['input'];
};

/** Recency, frequency and monetary value, each 1 (lowest fifth of the base) to 5 (highest). */
export type RfmScore = {
  __typename?: 'RfmScore';
  /** The three digits, e.g. "545". */
  cell: Scalars['String']['output'];
  frequency: Scalars['Int']['output'];
  monetary: Scalars['Int']['output'];
  recency: Scalars['Int']['output'];
};

/**
 * One thing that happened to a customer, in any domain, with a reference to the record in the graph.
 * After the customer's GDPR erasure the title is only the kind's label and the summary is gone.
 */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  id: Scalars['ID']['output'];
  /** INTERACTION entries: the communication record (null if the caller may not see it). */
  interaction: Maybe<Interaction>;
  kind: TimelineEntryKind;
  occurredAt: Scalars['DateTime']['output'];
  /** Entries about a deal, and orders placed from one. */
  opportunity: Maybe<Opportunity>;
  order: Maybe<Order>;
  payment: Maybe<Payment>;
  /** The interaction's summary, a deal's stage or reason, an order's outstanding balance. */
  summary: Maybe<Scalars['String']['output']>;
  /** e.g. 'Outbound call, 25 min', 'Opportunity won: Fleet rollout', 'Payment received: 12000 EUR'. */
  title: Scalars['String']['output'];
};

export type TimelineEntryConnection = {
  __typename?: 'TimelineEntryConnection';
  edges: Array<TimelineEntryEdge>;
  pageInfo: PageInfo;
};

export type TimelineEntryEdge = {
  __typename?: 'TimelineEntryEdge';
  cursor: Scalars['String']['output'];
  node: TimelineEntry;
};

/** What a timeline entry records. */
export type TimelineEntryKind =
  | 'CUSTOMER_CREATED'
  | 'CUSTOMER_MERGED'
  | 'INTERACTION'
  | 'LIFECYCLE_CHANGED'
  | 'OPPORTUNITY_CREATED'
  | 'OPPORTUNITY_LOST'
  | 'OPPORTUNITY_WON'
  | 'ORDER_PLACED'
  | 'PAYMENT_RECEIVED';

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
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
  AuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  AuditEntryConnection: ResolverTypeWrapper<
    Partial<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>
  >;
  AuditEntryEdge: ResolverTypeWrapper<
    Partial<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>
  >;
  AuditFieldChange: ResolverTypeWrapper<Partial<AuditFieldChange>>;
  Campaign: ResolverTypeWrapper<{ id: string }>;
  CampaignAttribution: ResolverTypeWrapper<Partial<CampaignAttribution>>;
  CampaignPerformance: ResolverTypeWrapper<Partial<CampaignPerformance>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  ChurnRisk: ResolverTypeWrapper<Partial<ChurnRisk>>;
  Float: ResolverTypeWrapper<Partial<Scalars['Float']['output']>>;
  ChurnRiskReason: ResolverTypeWrapper<Partial<ChurnRiskReason>>;
  ChurnRiskSignal: ResolverTypeWrapper<Partial<ChurnRiskSignal>>;
  Customer: ResolverTypeWrapper<{ id: string }>;
  CustomerMetrics: ResolverTypeWrapper<CustomerMetricsRow>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  Interaction: ResolverTypeWrapper<Partial<Interaction>>;
  LocalDate: ResolverTypeWrapper<Partial<Scalars['LocalDate']['output']>>;
  Money: ResolverTypeWrapper<Partial<Money>>;
  Opportunity: ResolverTypeWrapper<Partial<Opportunity>>;
  Order: ResolverTypeWrapper<Partial<Order>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  Payment: ResolverTypeWrapper<Partial<Payment>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportExport: ResolverTypeWrapper<Partial<ReportExport>>;
  ReportFilter: ResolverTypeWrapper<Partial<ReportFilter>>;
  ReportGranularity: ResolverTypeWrapper<Partial<ReportGranularity>>;
  ReportPeriod: ResolverTypeWrapper<Partial<ReportPeriod>>;
  RfmScore: ResolverTypeWrapper<Partial<RfmScore>>;
  TimelineEntry: ResolverTypeWrapper<TimelineEntryRow>;
  TimelineEntryConnection: ResolverTypeWrapper<
    Partial<Omit<TimelineEntryConnection, 'edges'> & { edges: Array<ResolversTypes['TimelineEntryEdge']> }>
  >;
  TimelineEntryEdge: ResolverTypeWrapper<
    Partial<Omit<TimelineEntryEdge, 'node'> & { node: ResolversTypes['TimelineEntry'] }>
  >;
  TimelineEntryKind: ResolverTypeWrapper<Partial<TimelineEntryKind>>;
  User: ResolverTypeWrapper<Partial<User>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditEntry: AuditEntryRow;
  String: Partial<Scalars['String']['output']>;
  ID: Partial<Scalars['ID']['output']>;
  AuditEntryConnection: Partial<
    Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> }
  >;
  AuditEntryEdge: Partial<Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] }>;
  AuditFieldChange: Partial<AuditFieldChange>;
  Campaign: { id: string };
  CampaignAttribution: Partial<CampaignAttribution>;
  CampaignPerformance: Partial<CampaignPerformance>;
  Int: Partial<Scalars['Int']['output']>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  ChurnRisk: Partial<ChurnRisk>;
  Float: Partial<Scalars['Float']['output']>;
  ChurnRiskReason: Partial<ChurnRiskReason>;
  Customer: { id: string };
  CustomerMetrics: CustomerMetricsRow;
  DateTime: Partial<Scalars['DateTime']['output']>;
  Interaction: Partial<Interaction>;
  LocalDate: Partial<Scalars['LocalDate']['output']>;
  Money: Partial<Money>;
  Opportunity: Partial<Opportunity>;
  Order: Partial<Order>;
  PageInfo: Partial<PageInfo>;
  Payment: Partial<Payment>;
  Query: Record<PropertyKey, never>;
  ReportExport: Partial<ReportExport>;
  ReportFilter: Partial<ReportFilter>;
  ReportPeriod: Partial<ReportPeriod>;
  RfmScore: Partial<RfmScore>;
  TimelineEntry: TimelineEntryRow;
  TimelineEntryConnection: Partial<
    Omit<TimelineEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['TimelineEntryEdge']> }
  >;
  TimelineEntryEdge: Partial<
    Omit<TimelineEntryEdge, 'node'> & { node: ResolversParentTypes['TimelineEntry'] }
  >;
  User: Partial<User>;
};

export type AuditEntryResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry'],
> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AuditFieldChange']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['AuditEntryConnection'] =
    ResolversParentTypes['AuditEntryConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuditFieldChangeResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['AuditFieldChange'] = ResolversParentTypes['AuditFieldChange'],
> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CampaignResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign'],
  FederationReferenceType extends FederationReferenceTypes['Campaign'] = FederationReferenceTypes['Campaign'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Campaign']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  performance?: Resolver<Maybe<ResolversTypes['CampaignPerformance']>, ParentType, ContextType>;
};

export type CampaignAttributionResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['CampaignAttribution'] =
    ResolversParentTypes['CampaignAttribution'],
> = {
  revenue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  roi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CampaignPerformanceResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['CampaignPerformance'] =
    ResolversParentTypes['CampaignPerformance'],
> = {
  attributionWindowDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  convertedLeads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  firstTouch?: Resolver<ResolversTypes['CampaignAttribution'], ParentType, ContextType>;
  lastTouch?: Resolver<ResolversTypes['CampaignAttribution'], ParentType, ContextType>;
  leads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChurnRiskResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['ChurnRisk'] = ResolversParentTypes['ChurnRisk'],
> = {
  atRisk?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['ChurnRiskReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ChurnRiskReasonResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['ChurnRiskReason'] = ResolversParentTypes['ChurnRiskReason'],
> = {
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signal?: Resolver<ResolversTypes['ChurnRiskSignal'], ParentType, ContextType>;
};

export type CustomerResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'],
  FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Customer']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['CustomerMetrics']>, ParentType, ContextType>;
  timeline?: Resolver<
    Maybe<ResolversTypes['TimelineEntryConnection']>,
    ParentType,
    ContextType,
    RequireFields<CustomerTimelineArgs, 'first'>
  >;
};

export type CustomerMetricsResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['CustomerMetrics'] = ResolversParentTypes['CustomerMetrics'],
> = {
  churnRisk?: Resolver<Maybe<ResolversTypes['ChurnRisk']>, ParentType, ContextType>;
  clv?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  openOpportunities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openPipeline?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  rfm?: Resolver<Maybe<ResolversTypes['RfmScore']>, ParentType, ContextType>;
  scoredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type InteractionResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['Interaction'] = ResolversParentTypes['Interaction'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface LocalDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDate'], any> {
  name: 'LocalDate';
}

export type MoneyResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money'],
> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OpportunityResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['Opportunity'] = ResolversParentTypes['Opportunity'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type OrderResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PaymentResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  auditTrail?: Resolver<
    ResolversTypes['AuditEntryConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryAuditTrailArgs, 'entityId' | 'entityType' | 'first'>
  >;
  customersSeen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportExportResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['ReportExport'] = ResolversParentTypes['ReportExport'],
> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RfmScoreResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['RfmScore'] = ResolversParentTypes['RfmScore'],
> = {
  cell?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  frequency?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  monetary?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recency?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineEntryResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interaction?: Resolver<Maybe<ResolversTypes['Interaction']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineEntryKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TimelineEntryConnectionResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['TimelineEntryConnection'] =
    ResolversParentTypes['TimelineEntryConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['TimelineEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TimelineEntryEdgeResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['TimelineEntryEdge'] = ResolversParentTypes['TimelineEntryEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineEntry'], ParentType, ContextType>;
};

export type UserResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = AnalyticsContext> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuditFieldChange?: AuditFieldChangeResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  CampaignAttribution?: CampaignAttributionResolvers<ContextType>;
  CampaignPerformance?: CampaignPerformanceResolvers<ContextType>;
  ChurnRisk?: ChurnRiskResolvers<ContextType>;
  ChurnRiskReason?: ChurnRiskReasonResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerMetrics?: CustomerMetricsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Interaction?: InteractionResolvers<ContextType>;
  LocalDate?: GraphQLScalarType;
  Money?: MoneyResolvers<ContextType>;
  Opportunity?: OpportunityResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportExport?: ReportExportResolvers<ContextType>;
  RfmScore?: RfmScoreResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  TimelineEntryConnection?: TimelineEntryConnectionResolvers<ContextType>;
  TimelineEntryEdge?: TimelineEntryEdgeResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};
