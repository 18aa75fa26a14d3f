import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AuditEntry as AuditEntryRow } from '../data/audit-entry.entity';
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

/**
 * ABC classes (Pareto) of customers by revenue in the period, largest first: A = the customers that
 * make the first 80 % of revenue, B = the next 15 %, C = the rest. A customer belongs to the class in
 * which its revenue starts (the one crossing 80 % is still A).
 */
export type AbcClass = 'A' | 'B' | 'C';

/** How many customers are in one ABC class and what they bring. */
export type AbcClassShare = {
  __typename?: 'AbcClassShare';
  abcClass: AbcClass;
  customers: Scalars['Int']['output'];
  revenue: Scalars['String']['output'];
  share: Scalars['String']['output'];
};

/** One bucket of a series: its first day and an exact amount in the reporting currency. */
export type AmountPoint = {
  __typename?: 'AmountPoint';
  amount: Scalars['String']['output'];
  bucket: Scalars['LocalDate']['output'];
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

/**
 * Churn rate = customers lost in the period / customers at its start (percentage, two decimals; null
 * with none at the start). At the start means created before it and not churned then.
 */
export type ChurnFigures = {
  __typename?: 'ChurnFigures';
  churnRate: Maybe<Scalars['String']['output']>;
  customersAtStart: Scalars['Int']['output'];
  /** The churn reason, the segment id or the bucket's first day; null in the overall row. */
  key: Maybe<Scalars['String']['output']>;
  lost: Scalars['Int']['output'];
};

export type ChurnReport = {
  __typename?: 'ChurnReport';
  byPeriod: Array<ChurnFigures>;
  /** Lost customers by reason; customersAtStart is the overall one. */
  byReason: Array<ChurnFigures>;
  /** Per segment the customer belongs to now. */
  bySegment: Array<ChurnFigures>;
  cohorts: Array<RetentionCohort>;
  overall: ChurnFigures;
};

/** One bucket: customers created in it and the number of customers at its end. */
export type CompositionPoint = {
  __typename?: 'CompositionPoint';
  bucket: Scalars['LocalDate']['output'];
  customers: Scalars['Int']['output'];
  newCustomers: Scalars['Int']['output'];
};

/** Revenue of one customer, owner, product or region (key null: none, e.g. a line without a product). */
export type ContributionShare = {
  __typename?: 'ContributionShare';
  /** The key's Pareto class among its kind (customers among customers, products among products). */
  abcClass: AbcClass;
  key: Maybe<Scalars['ID']['output']>;
  /** Converted to the reporting currency at the rate of each order's date. */
  revenue: Scalars['String']['output'];
  /** Percentage of the period's total revenue, two decimals. */
  share: Scalars['String']['output'];
};

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

/** Customers created up to the period's end (merged duplicates not counted), by their current attributes. */
export type CustomerCompositionReport = {
  __typename?: 'CustomerCompositionReport';
  byIndustry: Array<CustomerCount>;
  byLifecycle: Array<CustomerCount>;
  byRegion: Array<CustomerCount>;
  bySource: Array<CustomerCount>;
  byTier: Array<CustomerCount>;
  customers: Scalars['Int']['output'];
  overTime: Array<CompositionPoint>;
};

/**
 * Revenue is the total of orders placed in the period (their lines for products), each converted to
 * the reporting currency at the rate of its order date.
 */
export type CustomerContributionReport = {
  __typename?: 'CustomerContributionReport';
  abc: Array<AbcClassShare>;
  /** The 100 customers with the most revenue. */
  byCustomer: Array<ContributionShare>;
  byOwner: Array<ContributionShare>;
  byProduct: Array<ContributionShare>;
  byRegion: Array<ContributionShare>;
  /** The reporting currency of every amount. */
  currency: Scalars['String']['output'];
  series: Array<AmountPoint>;
  total: Scalars['String']['output'];
  /** Orders whose currency had no rate on their date: left out of every figure, listed to be fixed. */
  unconverted: Array<Money>;
};

/** How many customers have one value of an attribute (key null: not set). */
export type CustomerCount = {
  __typename?: 'CustomerCount';
  customers: Scalars['Int']['output'];
  key: Maybe<Scalars['String']['output']>;
  /** Percentage of all customers counted, two decimals. */
  share: Scalars['String']['output'];
};

/** Figures about one customer, computed from domain events. */
export type CustomerMetrics = {
  __typename?: 'CustomerMetrics';
  /** Deals not yet won or lost. */
  openOpportunities: Scalars['Int']['output'];
  /** Sum of the open deals' amounts, one entry per currency. */
  openPipeline: Array<Money>;
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
  /** Churn rate by reason and segment, per bucket, and retention cohorts by first-purchase month. */
  churnReport: ChurnReport;
  /** Customers by industry, region, tier, lifecycle stage and source, and their number over time. */
  customerComposition: CustomerCompositionReport;
  /** Revenue per customer, owner, product and region, with the Pareto / ABC classes of customers. */
  customerContribution: CustomerContributionReport;
  /** Customers analytics has seen created, a sanity figure for data teams. */
  customersSeen: Scalars['Int']['output'];
  /**
   * A signed link (valid a few minutes) to the report as CSV: the same figures the report's query
   * returns for this period and filter, computed within the caller's scope when downloaded.
   */
  exportReport: ReportExport;
  /** Ticket volume, response and resolution times, SLA compliance, CSAT and NPS by queue, agent and period. */
  serviceReport: ServiceReport;
};

export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  entityType: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryChurnReportArgs = {
  filter?: InputMaybe<ReportFilter>;
  period: ReportPeriod;
};

export type QueryCustomerCompositionArgs = {
  filter?: InputMaybe<ReportFilter>;
  period: ReportPeriod;
};

export type QueryCustomerContributionArgs = {
  filter?: InputMaybe<ReportFilter>;
  period: ReportPeriod;
};

export type QueryExportReportArgs = {
  filter?: InputMaybe<ReportFilter>;
  period: ReportPeriod;
  report: ReportName;
};

export type QueryServiceReportArgs = {
  filter?: InputMaybe<ReportFilter>;
  period: ReportPeriod;
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

/** The reports `exportReport` can export, one value per report query. */
export type ReportName = 'CHURN' | 'CUSTOMER_COMPOSITION' | 'CUSTOMER_CONTRIBUTION' | 'SERVICE';

/** The days a report covers (inclusive, UTC) and the size of the buckets its series use. */
export type ReportPeriod = {
  from: Scalars['LocalDate']['input'];
  granularity?: ReportGranularity;
  to: Scalars['LocalDate']['input'];
};

/** The customers whose first purchase (order) fell in one month of the period. */
export type RetentionCohort = {
  __typename?: 'RetentionCohort';
  cohort: Scalars['LocalDate']['output'];
  customers: Scalars['Int']['output'];
  months: Array<RetentionPoint>;
};

/** One month after the cohort's first purchase: how many of its customers bought again. */
export type RetentionPoint = {
  __typename?: 'RetentionPoint';
  customers: Scalars['Int']['output'];
  /** 0 is the first-purchase month itself. */
  monthOffset: Scalars['Int']['output'];
  /** Percentage of the cohort, two decimals. */
  retention: Scalars['String']['output'];
};

/**
 * Service figures of tickets opened in the period (satisfaction: survey answers given in it). Times
 * are in minutes, two decimals; percentages two decimals; null when nothing was there to measure.
 */
export type ServiceFigures = {
  __typename?: 'ServiceFigures';
  averageFirstResponseMinutes: Maybe<Scalars['String']['output']>;
  averageResolutionMinutes: Maybe<Scalars['String']['output']>;
  /** Share of CSAT answers that are 4 or 5 (of 5). */
  csat: Maybe<Scalars['String']['output']>;
  /** The queue id, the agent id or the bucket's first day; null in the overall row (and for no queue or agent). */
  key: Maybe<Scalars['String']['output']>;
  /** Net Promoter Score: % promoters (9–10) − % detractors (0–6), −100 to 100. */
  nps: Maybe<Scalars['String']['output']>;
  resolved: Scalars['Int']['output'];
  responses: Scalars['Int']['output'];
  /** Share of the tickets that breached no SLA target. */
  slaCompliance: Maybe<Scalars['String']['output']>;
  tickets: Scalars['Int']['output'];
};

export type ServiceReport = {
  __typename?: 'ServiceReport';
  byAgent: Array<ServiceFigures>;
  byPeriod: Array<ServiceFigures>;
  byQueue: Array<ServiceFigures>;
  overall: ServiceFigures;
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
  Customer: Customer;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Customer: { __typename: 'Customer' } & GraphQLRecursivePick<FederationTypes['Customer'], { id: true }>;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AbcClass: ResolverTypeWrapper<Partial<AbcClass>>;
  AbcClassShare: ResolverTypeWrapper<Partial<AbcClassShare>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  AmountPoint: ResolverTypeWrapper<Partial<AmountPoint>>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  AuditEntryConnection: ResolverTypeWrapper<
    Partial<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>
  >;
  AuditEntryEdge: ResolverTypeWrapper<
    Partial<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>
  >;
  AuditFieldChange: ResolverTypeWrapper<Partial<AuditFieldChange>>;
  ChurnFigures: ResolverTypeWrapper<Partial<ChurnFigures>>;
  ChurnReport: ResolverTypeWrapper<Partial<ChurnReport>>;
  CompositionPoint: ResolverTypeWrapper<Partial<CompositionPoint>>;
  ContributionShare: ResolverTypeWrapper<Partial<ContributionShare>>;
  Customer: ResolverTypeWrapper<{ id: string }>;
  CustomerCompositionReport: ResolverTypeWrapper<Partial<CustomerCompositionReport>>;
  CustomerContributionReport: ResolverTypeWrapper<Partial<CustomerContributionReport>>;
  CustomerCount: ResolverTypeWrapper<Partial<CustomerCount>>;
  CustomerMetrics: ResolverTypeWrapper<Partial<CustomerMetrics>>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  Interaction: ResolverTypeWrapper<Partial<Interaction>>;
  LocalDate: ResolverTypeWrapper<Partial<Scalars['LocalDate']['output']>>;
  Money: ResolverTypeWrapper<Partial<Money>>;
  Opportunity: ResolverTypeWrapper<Partial<Opportunity>>;
  Order: ResolverTypeWrapper<Partial<Order>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  Payment: ResolverTypeWrapper<Partial<Payment>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportExport: ResolverTypeWrapper<Partial<ReportExport>>;
  ReportFilter: ResolverTypeWrapper<Partial<ReportFilter>>;
  ReportGranularity: ResolverTypeWrapper<Partial<ReportGranularity>>;
  ReportName: ResolverTypeWrapper<Partial<ReportName>>;
  ReportPeriod: ResolverTypeWrapper<Partial<ReportPeriod>>;
  RetentionCohort: ResolverTypeWrapper<Partial<RetentionCohort>>;
  RetentionPoint: ResolverTypeWrapper<Partial<RetentionPoint>>;
  ServiceFigures: ResolverTypeWrapper<Partial<ServiceFigures>>;
  ServiceReport: ResolverTypeWrapper<Partial<ServiceReport>>;
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
  AbcClassShare: Partial<AbcClassShare>;
  Int: Partial<Scalars['Int']['output']>;
  String: Partial<Scalars['String']['output']>;
  AmountPoint: Partial<AmountPoint>;
  AuditEntry: AuditEntryRow;
  ID: Partial<Scalars['ID']['output']>;
  AuditEntryConnection: Partial<
    Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> }
  >;
  AuditEntryEdge: Partial<Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] }>;
  AuditFieldChange: Partial<AuditFieldChange>;
  ChurnFigures: Partial<ChurnFigures>;
  ChurnReport: Partial<ChurnReport>;
  CompositionPoint: Partial<CompositionPoint>;
  ContributionShare: Partial<ContributionShare>;
  Customer: { id: string };
  CustomerCompositionReport: Partial<CustomerCompositionReport>;
  CustomerContributionReport: Partial<CustomerContributionReport>;
  CustomerCount: Partial<CustomerCount>;
  CustomerMetrics: Partial<CustomerMetrics>;
  DateTime: Partial<Scalars['DateTime']['output']>;
  Interaction: Partial<Interaction>;
  LocalDate: Partial<Scalars['LocalDate']['output']>;
  Money: Partial<Money>;
  Opportunity: Partial<Opportunity>;
  Order: Partial<Order>;
  PageInfo: Partial<PageInfo>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  Payment: Partial<Payment>;
  Query: Record<PropertyKey, never>;
  ReportExport: Partial<ReportExport>;
  ReportFilter: Partial<ReportFilter>;
  ReportPeriod: Partial<ReportPeriod>;
  RetentionCohort: Partial<RetentionCohort>;
  RetentionPoint: Partial<RetentionPoint>;
  ServiceFigures: Partial<ServiceFigures>;
  ServiceReport: Partial<ServiceReport>;
  TimelineEntry: TimelineEntryRow;
  TimelineEntryConnection: Partial<
    Omit<TimelineEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['TimelineEntryEdge']> }
  >;
  TimelineEntryEdge: Partial<
    Omit<TimelineEntryEdge, 'node'> & { node: ResolversParentTypes['TimelineEntry'] }
  >;
  User: Partial<User>;
};

export type AbcClassShareResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['AbcClassShare'] = ResolversParentTypes['AbcClassShare'],
> = {
  abcClass?: Resolver<ResolversTypes['AbcClass'], ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AmountPointResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['AmountPoint'] = ResolversParentTypes['AmountPoint'],
> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bucket?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
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

export type ChurnFiguresResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['ChurnFigures'] = ResolversParentTypes['ChurnFigures'],
> = {
  churnRate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customersAtStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChurnReportResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['ChurnReport'] = ResolversParentTypes['ChurnReport'],
> = {
  byPeriod?: Resolver<Array<ResolversTypes['ChurnFigures']>, ParentType, ContextType>;
  byReason?: Resolver<Array<ResolversTypes['ChurnFigures']>, ParentType, ContextType>;
  bySegment?: Resolver<Array<ResolversTypes['ChurnFigures']>, ParentType, ContextType>;
  cohorts?: Resolver<Array<ResolversTypes['RetentionCohort']>, ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['ChurnFigures'], ParentType, ContextType>;
};

export type CompositionPointResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['CompositionPoint'] = ResolversParentTypes['CompositionPoint'],
> = {
  bucket?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContributionShareResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['ContributionShare'] = ResolversParentTypes['ContributionShare'],
> = {
  abcClass?: Resolver<ResolversTypes['AbcClass'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type CustomerCompositionReportResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['CustomerCompositionReport'] =
    ResolversParentTypes['CustomerCompositionReport'],
> = {
  byIndustry?: Resolver<Array<ResolversTypes['CustomerCount']>, ParentType, ContextType>;
  byLifecycle?: Resolver<Array<ResolversTypes['CustomerCount']>, ParentType, ContextType>;
  byRegion?: Resolver<Array<ResolversTypes['CustomerCount']>, ParentType, ContextType>;
  bySource?: Resolver<Array<ResolversTypes['CustomerCount']>, ParentType, ContextType>;
  byTier?: Resolver<Array<ResolversTypes['CustomerCount']>, ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overTime?: Resolver<Array<ResolversTypes['CompositionPoint']>, ParentType, ContextType>;
};

export type CustomerContributionReportResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['CustomerContributionReport'] =
    ResolversParentTypes['CustomerContributionReport'],
> = {
  abc?: Resolver<Array<ResolversTypes['AbcClassShare']>, ParentType, ContextType>;
  byCustomer?: Resolver<Array<ResolversTypes['ContributionShare']>, ParentType, ContextType>;
  byOwner?: Resolver<Array<ResolversTypes['ContributionShare']>, ParentType, ContextType>;
  byProduct?: Resolver<Array<ResolversTypes['ContributionShare']>, ParentType, ContextType>;
  byRegion?: Resolver<Array<ResolversTypes['ContributionShare']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['AmountPoint']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unconverted?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type CustomerCountResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['CustomerCount'] = ResolversParentTypes['CustomerCount'],
> = {
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  share?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CustomerMetricsResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['CustomerMetrics'] = ResolversParentTypes['CustomerMetrics'],
> = {
  openOpportunities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openPipeline?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
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
  churnReport?: Resolver<
    ResolversTypes['ChurnReport'],
    ParentType,
    ContextType,
    RequireFields<QueryChurnReportArgs, 'period'>
  >;
  customerComposition?: Resolver<
    ResolversTypes['CustomerCompositionReport'],
    ParentType,
    ContextType,
    RequireFields<QueryCustomerCompositionArgs, 'period'>
  >;
  customerContribution?: Resolver<
    ResolversTypes['CustomerContributionReport'],
    ParentType,
    ContextType,
    RequireFields<QueryCustomerContributionArgs, 'period'>
  >;
  customersSeen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  exportReport?: Resolver<
    ResolversTypes['ReportExport'],
    ParentType,
    ContextType,
    RequireFields<QueryExportReportArgs, 'period' | 'report'>
  >;
  serviceReport?: Resolver<
    ResolversTypes['ServiceReport'],
    ParentType,
    ContextType,
    RequireFields<QueryServiceReportArgs, 'period'>
  >;
};

export type ReportExportResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['ReportExport'] = ResolversParentTypes['ReportExport'],
> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RetentionCohortResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['RetentionCohort'] = ResolversParentTypes['RetentionCohort'],
> = {
  cohort?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['RetentionPoint']>, ParentType, ContextType>;
};

export type RetentionPointResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['RetentionPoint'] = ResolversParentTypes['RetentionPoint'],
> = {
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  monthOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retention?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServiceFiguresResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['ServiceFigures'] = ResolversParentTypes['ServiceFigures'],
> = {
  averageFirstResponseMinutes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  averageResolutionMinutes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  csat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nps?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slaCompliance?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tickets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceReportResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['ServiceReport'] = ResolversParentTypes['ServiceReport'],
> = {
  byAgent?: Resolver<Array<ResolversTypes['ServiceFigures']>, ParentType, ContextType>;
  byPeriod?: Resolver<Array<ResolversTypes['ServiceFigures']>, ParentType, ContextType>;
  byQueue?: Resolver<Array<ResolversTypes['ServiceFigures']>, ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['ServiceFigures'], ParentType, ContextType>;
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
  AbcClassShare?: AbcClassShareResolvers<ContextType>;
  AmountPoint?: AmountPointResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuditFieldChange?: AuditFieldChangeResolvers<ContextType>;
  ChurnFigures?: ChurnFiguresResolvers<ContextType>;
  ChurnReport?: ChurnReportResolvers<ContextType>;
  CompositionPoint?: CompositionPointResolvers<ContextType>;
  ContributionShare?: ContributionShareResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerCompositionReport?: CustomerCompositionReportResolvers<ContextType>;
  CustomerContributionReport?: CustomerContributionReportResolvers<ContextType>;
  CustomerCount?: CustomerCountResolvers<ContextType>;
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
  RetentionCohort?: RetentionCohortResolvers<ContextType>;
  RetentionPoint?: RetentionPointResolvers<ContextType>;
  ServiceFigures?: ServiceFiguresResolvers<ContextType>;
  ServiceReport?: ServiceReportResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  TimelineEntryConnection?: TimelineEntryConnectionResolvers<ContextType>;
  TimelineEntryEdge?: TimelineEntryEdgeResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};
