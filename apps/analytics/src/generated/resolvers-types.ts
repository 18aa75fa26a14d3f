import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AuditEntry as AuditEntryRow } from '../data/audit-entry.entity';
import type { CustomerMetrics as CustomerMetricsRow } from '../data/customer-metrics.repository';
import type { TimelineEntry as TimelineEntryRow } from '../data/timeline-entry.entity';
import type { QuotaAttainmentRow as QuotaAttainmentRowRow } from '../reports/sales/quota-attainment.report';
import type { LargeDealAlertRow as LargeDealAlertRowRow } from '../reports/sales/large-deal-alerts.report';
import type { ExchangeRateRow as ExchangeRateRowRow } from '../data/exchange-rate.repository';
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
  /** Every open deal converted into the reporting currency at today's rate (amount null while a rate is missing). */
  openPipelineTotal: ReportMoney;
  /** RFM quintiles over the customer base; null before the customer's first payment. */
  rfm: Maybe<RfmScore>;
  /** When the scores were last computed. */
  scoredAt: Maybe<Scalars['DateTime']['output']>;
};

/** One unit of currency is worth rate units of quoteCurrency from effectiveOn on (until a later rate). */
export type ExchangeRate = {
  __typename?: 'ExchangeRate';
  currency: Scalars['String']['output'];
  effectiveOn: Scalars['LocalDate']['output'];
  quoteCurrency: Scalars['String']['output'];
  /** Exact decimal, > 0, at most 10 decimals. */
  rate: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['ID']['output'];
};

export type ExchangeRateImport = {
  __typename?: 'ExchangeRateImport';
  /** Rates written (new or replaced). */
  imported: Scalars['Int']['output'];
};

/**
 * One month or quarter of the forecast, over the open deals expected to close in it (converted at
 * today's rate) and the deals won in it (at their win date's rate).
 */
export type ForecastPoint = {
  __typename?: 'ForecastPoint';
  /** Won + every open deal: if all of them close. */
  bestCase: Maybe<Scalars['String']['output']>;
  /** Won + open deals at probability ≥ 80 % (NEGOTIATION): what the team commits to. */
  commit: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  /** Σ amount × probability over the open deals. */
  weightedPipeline: Maybe<Scalars['String']['output']>;
  won: Maybe<Scalars['String']['output']>;
};

/** One step of the funnel. */
export type FunnelStep = {
  __typename?: 'FunnelStep';
  /** reached ÷ the previous step's reached (0.5 = 50 %); null for the first step or after an empty one. */
  conversionFromPrevious: Maybe<Scalars['Float']['output']>;
  /** Deals created in the period whose stage history reached this step or a later one. */
  reached: Scalars['Int']['output'];
  /** PROSPECTING, QUALIFICATION, NEEDS_ANALYSIS, PROPOSAL, NEGOTIATION, CLOSED_WON. */
  stage: Scalars['String']['output'];
};

export type Interaction = {
  __typename?: 'Interaction';
  id: Scalars['ID']['output'];
};

/** A deal that reached its currency's large-deal threshold. */
export type LargeDealAlert = {
  __typename?: 'LargeDealAlert';
  amount: Money;
  detectedAt: Scalars['DateTime']['output'];
  opportunity: Opportunity;
  owner: Maybe<User>;
  /** The amount in the reporting currency at the detection date's rate. */
  reportingAmount: ReportMoney;
  threshold: Money;
};

export type LargeDealAlertReport = {
  __typename?: 'LargeDealAlertReport';
  alerts: Array<LargeDealAlert>;
  missingRates: Array<MissingRate>;
};

/** An exchange rate a report needed and did not find: add it (setExchangeRate) and the figure appears. */
export type MissingRate = {
  __typename?: 'MissingRate';
  currency: Scalars['String']['output'];
  on: Scalars['LocalDate']['output'];
};

/** An exact amount of money: a decimal string (never a float) and an ISO 4217 currency. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['String']['output'];
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Imports rates from CSV with the header currency,quote_currency,effective_on,rate: all lines or
   * none (BAD_USER_INPUT names the first bad line and field).
   */
  importExchangeRates: ExchangeRateImport;
  /** Sets (or replaces) the rate of a pair from a date on (admins). */
  setExchangeRate: ExchangeRate;
  setReportingCurrency: Scalars['String']['output'];
};

export type MutationImportExchangeRatesArgs = {
  csv: Scalars['String']['input'];
};

export type MutationSetExchangeRateArgs = {
  input: SetExchangeRateInput;
};

export type MutationSetReportingCurrencyArgs = {
  currency: Scalars['String']['input'];
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

/**
 * Pipeline velocity, money per day = #open deals × average won amount × win rate ÷ average cycle
 * days. Open deals are those open today (within scope and filters); the other factors come from
 * the deals closed in the bucket.
 */
export type PipelineVelocityPoint = {
  __typename?: 'PipelineVelocityPoint';
  label: Scalars['String']['output'];
  lostDeals: Scalars['Int']['output'];
  openDeals: Scalars['Int']['output'];
  velocityPerDay: Maybe<Scalars['String']['output']>;
  /** Σ won amount in the reporting currency. */
  wonAmount: Maybe<Scalars['String']['output']>;
  wonDeals: Scalars['Int']['output'];
};

export type PipelineVelocityReport = {
  __typename?: 'PipelineVelocityReport';
  /** The reporting currency of every amount. */
  currency: Scalars['String']['output'];
  missingRates: Array<MissingRate>;
  points: Array<PipelineVelocityPoint>;
  total: PipelineVelocityPoint;
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
  /** Exchange rates, newest effective date first per pair. */
  exchangeRates: Array<ExchangeRate>;
  /**
   * A signed link (valid a few minutes) to the report as CSV: the same figures the report's query
   * returns for this period and filter, computed within the caller's scope when downloaded.
   */
  exportReport: ReportExport;
  /** Large deals detected in the period, newest first, for managers (scope: a rep sees their own). */
  largeDealAlerts: LargeDealAlertReport;
  pipelineVelocity: PipelineVelocityReport;
  /** The currency every report converts into. */
  reportingCurrency: Scalars['String']['output'];
  /** Average sales cycle (created → won) of the deals won in the period. */
  salesCycle: SalesCycleReport;
  /** Weighted pipeline, commit and best case per MONTH or QUARTER of expected close date. */
  salesForecast: SalesForecastReport;
  /** Funnel by stage of the deals created in the period, with stage-to-stage conversion. */
  salesFunnel: Array<FunnelStep>;
  /** Ticket volume, response and resolution times, SLA compliance, CSAT and NPS by queue, agent and period. */
  serviceReport: ServiceReport;
  /** A team's quotas and its members' quotas in the period with attainment (a manager: their own team). */
  teamQuotaAttainment: Array<QuotaAttainment>;
  /** Win rate of the deals closed in the period, by owner, team, lead source or period bucket. */
  winRate: WinRateReport;
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

export type QueryExchangeRatesArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  quoteCurrency?: InputMaybe<Scalars['String']['input']>;
};

export type QueryExportReportArgs = {
  filter?: InputMaybe<ReportFilter>;
  period: ReportPeriod;
  report: ReportName;
};

export type QueryLargeDealAlertsArgs = {
  filter?: InputMaybe<ReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period: ReportPeriod;
};

export type QueryPipelineVelocityArgs = {
  filter?: InputMaybe<ReportFilter>;
  period: ReportPeriod;
};

export type QuerySalesCycleArgs = {
  filter?: InputMaybe<ReportFilter>;
  period: ReportPeriod;
};

export type QuerySalesForecastArgs = {
  filter?: InputMaybe<ReportFilter>;
  period: ReportPeriod;
};

export type QuerySalesFunnelArgs = {
  filter?: InputMaybe<ReportFilter>;
  period: ReportPeriod;
};

export type QueryServiceReportArgs = {
  filter?: InputMaybe<ReportFilter>;
  period: ReportPeriod;
};

export type QueryTeamQuotaAttainmentArgs = {
  period: ReportPeriod;
  teamId: Scalars['ID']['input'];
};

export type QueryWinRateArgs = {
  by?: WinRateDimension;
  filter?: InputMaybe<ReportFilter>;
  period: ReportPeriod;
};

/** A quota of the period with how much of it was won (won amount ÷ target). */
export type QuotaAttainment = {
  __typename?: 'QuotaAttainment';
  /** won ÷ target (1.25 = 125 %), 4 decimals; null for a zero target or a missing rate. */
  attainment: Maybe<Scalars['Float']['output']>;
  endsOn: Scalars['LocalDate']['output'];
  missingRates: Array<MissingRate>;
  /** 2026-11 or 2026-Q4. */
  period: Scalars['String']['output'];
  startsOn: Scalars['LocalDate']['output'];
  target: Money;
  /** Set for a team's quota (won by the team's current members). */
  team: Maybe<Team>;
  /** Set for a user's quota. */
  user: Maybe<User>;
  /** Won in the quota's days, in the quota's currency at each win's date; amount null when a rate is missing. */
  won: ReportMoney;
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

/** An amount in exact decimals that may be unknown: null when an exchange rate is missing (see missingRates). */
export type ReportMoney = {
  __typename?: 'ReportMoney';
  amount: Maybe<Scalars['String']['output']>;
  currency: Scalars['String']['output'];
};

/** The reports `exportReport` can export, one value per report query. */
export type ReportName =
  | 'CHURN'
  | 'CUSTOMER_COMPOSITION'
  | 'CUSTOMER_CONTRIBUTION'
  | 'LARGE_DEAL_ALERTS'
  | 'PIPELINE_VELOCITY'
  | 'QUOTA_ATTAINMENT'
  | 'SALES_CYCLE'
  | 'SALES_FORECAST'
  | 'SALES_FUNNEL'
  | 'SERVICE'
  | 'WIN_RATE';

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

/** Recency, frequency and monetary value, each 1 (lowest fifth of the base) to 5 (highest). */
export type RfmScore = {
  __typename?: 'RfmScore';
  /** The three digits, e.g. "545". */
  cell: Scalars['String']['output'];
  frequency: Scalars['Int']['output'];
  monetary: Scalars['Int']['output'];
  recency: Scalars['Int']['output'];
};

export type SalesCyclePoint = {
  __typename?: 'SalesCyclePoint';
  /** Average days from creation to win of the deals won in the bucket; null without wins. */
  averageDays: Maybe<Scalars['Float']['output']>;
  label: Scalars['String']['output'];
  wonDeals: Scalars['Int']['output'];
};

export type SalesCycleReport = {
  __typename?: 'SalesCycleReport';
  averageDays: Maybe<Scalars['Float']['output']>;
  points: Array<SalesCyclePoint>;
};

export type SalesForecastReport = {
  __typename?: 'SalesForecastReport';
  currency: Scalars['String']['output'];
  missingRates: Array<MissingRate>;
  points: Array<ForecastPoint>;
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

export type SetExchangeRateInput = {
  /** ISO 4217, e.g. USD. */
  currency: Scalars['String']['input'];
  effectiveOn: Scalars['LocalDate']['input'];
  quoteCurrency: Scalars['String']['input'];
  rate: Scalars['String']['input'];
};

export type Team = {
  __typename?: 'Team';
  id: Scalars['ID']['output'];
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

/** A user of the identity service; analytics adds their quota attainment. */
export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  /** The user's quotas overlapping the period with their attainment; another rep's are empty. */
  quotaAttainment: Maybe<Array<QuotaAttainment>>;
};

/** A user of the identity service; analytics adds their quota attainment. */
export type UserQuotaAttainmentArgs = {
  period: ReportPeriod;
};

export type WinRateDimension =
  | 'OWNER'
  | 'PERIOD'
  /** The lead source of converted leads' deals; DIRECT for deals not from a lead. */
  | 'SOURCE'
  | 'TEAM';

/** Deals closed in the period in one bucket (an owner id, team id, source or period label). */
export type WinRatePoint = {
  __typename?: 'WinRatePoint';
  label: Scalars['String']['output'];
  lost: Scalars['Int']['output'];
  /** won ÷ (won + lost), 4 decimals; null when none closed. */
  winRate: Maybe<Scalars['Float']['output']>;
  won: Scalars['Int']['output'];
};

export type WinRateReport = {
  __typename?: 'WinRateReport';
  points: Array<WinRatePoint>;
  /** Over the whole period (label TOTAL). */
  total: WinRatePoint;
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
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Campaign: { __typename: 'Campaign' } & GraphQLRecursivePick<FederationTypes['Campaign'], { id: true }>;
  Customer: { __typename: 'Customer' } & GraphQLRecursivePick<FederationTypes['Customer'], { id: true }>;
  User: { __typename: 'User' } & GraphQLRecursivePick<FederationTypes['User'], { id: true }>;
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
  Campaign: ResolverTypeWrapper<{ id: string }>;
  CampaignAttribution: ResolverTypeWrapper<Partial<CampaignAttribution>>;
  CampaignPerformance: ResolverTypeWrapper<Partial<CampaignPerformance>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  ChurnFigures: ResolverTypeWrapper<Partial<ChurnFigures>>;
  ChurnReport: ResolverTypeWrapper<Partial<ChurnReport>>;
  ChurnRisk: ResolverTypeWrapper<Partial<ChurnRisk>>;
  Float: ResolverTypeWrapper<Partial<Scalars['Float']['output']>>;
  ChurnRiskReason: ResolverTypeWrapper<Partial<ChurnRiskReason>>;
  ChurnRiskSignal: ResolverTypeWrapper<Partial<ChurnRiskSignal>>;
  CompositionPoint: ResolverTypeWrapper<Partial<CompositionPoint>>;
  ContributionShare: ResolverTypeWrapper<Partial<ContributionShare>>;
  Customer: ResolverTypeWrapper<{ id: string }>;
  CustomerCompositionReport: ResolverTypeWrapper<Partial<CustomerCompositionReport>>;
  CustomerContributionReport: ResolverTypeWrapper<Partial<CustomerContributionReport>>;
  CustomerCount: ResolverTypeWrapper<Partial<CustomerCount>>;
  CustomerMetrics: ResolverTypeWrapper<CustomerMetricsRow>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  ExchangeRate: ResolverTypeWrapper<ExchangeRateRowRow>;
  ExchangeRateImport: ResolverTypeWrapper<Partial<ExchangeRateImport>>;
  ForecastPoint: ResolverTypeWrapper<Partial<ForecastPoint>>;
  FunnelStep: ResolverTypeWrapper<Partial<FunnelStep>>;
  Interaction: ResolverTypeWrapper<Partial<Interaction>>;
  LargeDealAlert: ResolverTypeWrapper<LargeDealAlertRowRow>;
  LargeDealAlertReport: ResolverTypeWrapper<
    Partial<Omit<LargeDealAlertReport, 'alerts'> & { alerts: Array<ResolversTypes['LargeDealAlert']> }>
  >;
  LocalDate: ResolverTypeWrapper<Partial<Scalars['LocalDate']['output']>>;
  MissingRate: ResolverTypeWrapper<Partial<MissingRate>>;
  Money: ResolverTypeWrapper<Partial<Money>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Opportunity: ResolverTypeWrapper<Partial<Opportunity>>;
  Order: ResolverTypeWrapper<Partial<Order>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  Payment: ResolverTypeWrapper<Partial<Payment>>;
  PipelineVelocityPoint: ResolverTypeWrapper<Partial<PipelineVelocityPoint>>;
  PipelineVelocityReport: ResolverTypeWrapper<Partial<PipelineVelocityReport>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuotaAttainment: ResolverTypeWrapper<QuotaAttainmentRowRow>;
  ReportExport: ResolverTypeWrapper<Partial<ReportExport>>;
  ReportFilter: ResolverTypeWrapper<Partial<ReportFilter>>;
  ReportGranularity: ResolverTypeWrapper<Partial<ReportGranularity>>;
  ReportMoney: ResolverTypeWrapper<Partial<ReportMoney>>;
  ReportName: ResolverTypeWrapper<Partial<ReportName>>;
  ReportPeriod: ResolverTypeWrapper<Partial<ReportPeriod>>;
  RetentionCohort: ResolverTypeWrapper<Partial<RetentionCohort>>;
  RetentionPoint: ResolverTypeWrapper<Partial<RetentionPoint>>;
  RfmScore: ResolverTypeWrapper<Partial<RfmScore>>;
  SalesCyclePoint: ResolverTypeWrapper<Partial<SalesCyclePoint>>;
  SalesCycleReport: ResolverTypeWrapper<Partial<SalesCycleReport>>;
  SalesForecastReport: ResolverTypeWrapper<Partial<SalesForecastReport>>;
  ServiceFigures: ResolverTypeWrapper<Partial<ServiceFigures>>;
  ServiceReport: ResolverTypeWrapper<Partial<ServiceReport>>;
  SetExchangeRateInput: ResolverTypeWrapper<Partial<SetExchangeRateInput>>;
  Team: ResolverTypeWrapper<Partial<Team>>;
  TimelineEntry: ResolverTypeWrapper<TimelineEntryRow>;
  TimelineEntryConnection: ResolverTypeWrapper<
    Partial<Omit<TimelineEntryConnection, 'edges'> & { edges: Array<ResolversTypes['TimelineEntryEdge']> }>
  >;
  TimelineEntryEdge: ResolverTypeWrapper<
    Partial<Omit<TimelineEntryEdge, 'node'> & { node: ResolversTypes['TimelineEntry'] }>
  >;
  TimelineEntryKind: ResolverTypeWrapper<Partial<TimelineEntryKind>>;
  User: ResolverTypeWrapper<{ id: string }>;
  WinRateDimension: ResolverTypeWrapper<Partial<WinRateDimension>>;
  WinRatePoint: ResolverTypeWrapper<Partial<WinRatePoint>>;
  WinRateReport: ResolverTypeWrapper<Partial<WinRateReport>>;
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
  Campaign: { id: string };
  CampaignAttribution: Partial<CampaignAttribution>;
  CampaignPerformance: Partial<CampaignPerformance>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  ChurnFigures: Partial<ChurnFigures>;
  ChurnReport: Partial<ChurnReport>;
  ChurnRisk: Partial<ChurnRisk>;
  Float: Partial<Scalars['Float']['output']>;
  ChurnRiskReason: Partial<ChurnRiskReason>;
  CompositionPoint: Partial<CompositionPoint>;
  ContributionShare: Partial<ContributionShare>;
  Customer: { id: string };
  CustomerCompositionReport: Partial<CustomerCompositionReport>;
  CustomerContributionReport: Partial<CustomerContributionReport>;
  CustomerCount: Partial<CustomerCount>;
  CustomerMetrics: CustomerMetricsRow;
  DateTime: Partial<Scalars['DateTime']['output']>;
  ExchangeRate: ExchangeRateRowRow;
  ExchangeRateImport: Partial<ExchangeRateImport>;
  ForecastPoint: Partial<ForecastPoint>;
  FunnelStep: Partial<FunnelStep>;
  Interaction: Partial<Interaction>;
  LargeDealAlert: LargeDealAlertRowRow;
  LargeDealAlertReport: Partial<
    Omit<LargeDealAlertReport, 'alerts'> & { alerts: Array<ResolversParentTypes['LargeDealAlert']> }
  >;
  LocalDate: Partial<Scalars['LocalDate']['output']>;
  MissingRate: Partial<MissingRate>;
  Money: Partial<Money>;
  Mutation: Record<PropertyKey, never>;
  Opportunity: Partial<Opportunity>;
  Order: Partial<Order>;
  PageInfo: Partial<PageInfo>;
  Payment: Partial<Payment>;
  PipelineVelocityPoint: Partial<PipelineVelocityPoint>;
  PipelineVelocityReport: Partial<PipelineVelocityReport>;
  Query: Record<PropertyKey, never>;
  QuotaAttainment: QuotaAttainmentRowRow;
  ReportExport: Partial<ReportExport>;
  ReportFilter: Partial<ReportFilter>;
  ReportMoney: Partial<ReportMoney>;
  ReportPeriod: Partial<ReportPeriod>;
  RetentionCohort: Partial<RetentionCohort>;
  RetentionPoint: Partial<RetentionPoint>;
  RfmScore: Partial<RfmScore>;
  SalesCyclePoint: Partial<SalesCyclePoint>;
  SalesCycleReport: Partial<SalesCycleReport>;
  SalesForecastReport: Partial<SalesForecastReport>;
  ServiceFigures: Partial<ServiceFigures>;
  ServiceReport: Partial<ServiceReport>;
  SetExchangeRateInput: Partial<SetExchangeRateInput>;
  Team: Partial<Team>;
  TimelineEntry: TimelineEntryRow;
  TimelineEntryConnection: Partial<
    Omit<TimelineEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['TimelineEntryEdge']> }
  >;
  TimelineEntryEdge: Partial<
    Omit<TimelineEntryEdge, 'node'> & { node: ResolversParentTypes['TimelineEntry'] }
  >;
  User: { id: string };
  WinRatePoint: Partial<WinRatePoint>;
  WinRateReport: Partial<WinRateReport>;
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
  churnRisk?: Resolver<Maybe<ResolversTypes['ChurnRisk']>, ParentType, ContextType>;
  clv?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  openOpportunities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openPipeline?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  openPipelineTotal?: Resolver<ResolversTypes['ReportMoney'], ParentType, ContextType>;
  rfm?: Resolver<Maybe<ResolversTypes['RfmScore']>, ParentType, ContextType>;
  scoredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExchangeRateResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['ExchangeRate'] = ResolversParentTypes['ExchangeRate'],
> = {
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  quoteCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ExchangeRateImportResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['ExchangeRateImport'] = ResolversParentTypes['ExchangeRateImport'],
> = {
  imported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ForecastPointResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['ForecastPoint'] = ResolversParentTypes['ForecastPoint'],
> = {
  bestCase?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  commit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weightedPipeline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  won?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FunnelStepResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['FunnelStep'] = ResolversParentTypes['FunnelStep'],
> = {
  conversionFromPrevious?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InteractionResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['Interaction'] = ResolversParentTypes['Interaction'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type LargeDealAlertResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['LargeDealAlert'] = ResolversParentTypes['LargeDealAlert'],
> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  detectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  opportunity?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  reportingAmount?: Resolver<ResolversTypes['ReportMoney'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type LargeDealAlertReportResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['LargeDealAlertReport'] =
    ResolversParentTypes['LargeDealAlertReport'],
> = {
  alerts?: Resolver<Array<ResolversTypes['LargeDealAlert']>, ParentType, ContextType>;
  missingRates?: Resolver<Array<ResolversTypes['MissingRate']>, ParentType, ContextType>;
};

export interface LocalDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDate'], any> {
  name: 'LocalDate';
}

export type MissingRateResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['MissingRate'] = ResolversParentTypes['MissingRate'],
> = {
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
};

export type MoneyResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money'],
> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  importExchangeRates?: Resolver<
    ResolversTypes['ExchangeRateImport'],
    ParentType,
    ContextType,
    RequireFields<MutationImportExchangeRatesArgs, 'csv'>
  >;
  setExchangeRate?: Resolver<
    ResolversTypes['ExchangeRate'],
    ParentType,
    ContextType,
    RequireFields<MutationSetExchangeRateArgs, 'input'>
  >;
  setReportingCurrency?: Resolver<
    ResolversTypes['String'],
    ParentType,
    ContextType,
    RequireFields<MutationSetReportingCurrencyArgs, 'currency'>
  >;
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

export type PipelineVelocityPointResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['PipelineVelocityPoint'] =
    ResolversParentTypes['PipelineVelocityPoint'],
> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lostDeals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openDeals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  velocityPerDay?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  wonAmount?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  wonDeals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PipelineVelocityReportResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['PipelineVelocityReport'] =
    ResolversParentTypes['PipelineVelocityReport'],
> = {
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missingRates?: Resolver<Array<ResolversTypes['MissingRate']>, ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['PipelineVelocityPoint']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['PipelineVelocityPoint'], ParentType, ContextType>;
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
  exchangeRates?: Resolver<
    Array<ResolversTypes['ExchangeRate']>,
    ParentType,
    ContextType,
    RequireFields<QueryExchangeRatesArgs, 'first'>
  >;
  exportReport?: Resolver<
    ResolversTypes['ReportExport'],
    ParentType,
    ContextType,
    RequireFields<QueryExportReportArgs, 'period' | 'report'>
  >;
  largeDealAlerts?: Resolver<
    ResolversTypes['LargeDealAlertReport'],
    ParentType,
    ContextType,
    RequireFields<QueryLargeDealAlertsArgs, 'first' | 'period'>
  >;
  pipelineVelocity?: Resolver<
    ResolversTypes['PipelineVelocityReport'],
    ParentType,
    ContextType,
    RequireFields<QueryPipelineVelocityArgs, 'period'>
  >;
  reportingCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  salesCycle?: Resolver<
    ResolversTypes['SalesCycleReport'],
    ParentType,
    ContextType,
    RequireFields<QuerySalesCycleArgs, 'period'>
  >;
  salesForecast?: Resolver<
    ResolversTypes['SalesForecastReport'],
    ParentType,
    ContextType,
    RequireFields<QuerySalesForecastArgs, 'period'>
  >;
  salesFunnel?: Resolver<
    Array<ResolversTypes['FunnelStep']>,
    ParentType,
    ContextType,
    RequireFields<QuerySalesFunnelArgs, 'period'>
  >;
  serviceReport?: Resolver<
    ResolversTypes['ServiceReport'],
    ParentType,
    ContextType,
    RequireFields<QueryServiceReportArgs, 'period'>
  >;
  teamQuotaAttainment?: Resolver<
    Array<ResolversTypes['QuotaAttainment']>,
    ParentType,
    ContextType,
    RequireFields<QueryTeamQuotaAttainmentArgs, 'period' | 'teamId'>
  >;
  winRate?: Resolver<
    ResolversTypes['WinRateReport'],
    ParentType,
    ContextType,
    RequireFields<QueryWinRateArgs, 'by' | 'period'>
  >;
};

export type QuotaAttainmentResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['QuotaAttainment'] = ResolversParentTypes['QuotaAttainment'],
> = {
  attainment?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  missingRates?: Resolver<Array<ResolversTypes['MissingRate']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  won?: Resolver<ResolversTypes['ReportMoney'], ParentType, ContextType>;
};

export type ReportExportResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['ReportExport'] = ResolversParentTypes['ReportExport'],
> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportMoneyResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['ReportMoney'] = ResolversParentTypes['ReportMoney'],
> = {
  amount?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type RfmScoreResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['RfmScore'] = ResolversParentTypes['RfmScore'],
> = {
  cell?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  frequency?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  monetary?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recency?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SalesCyclePointResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['SalesCyclePoint'] = ResolversParentTypes['SalesCyclePoint'],
> = {
  averageDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  wonDeals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SalesCycleReportResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['SalesCycleReport'] = ResolversParentTypes['SalesCycleReport'],
> = {
  averageDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['SalesCyclePoint']>, ParentType, ContextType>;
};

export type SalesForecastReportResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['SalesForecastReport'] =
    ResolversParentTypes['SalesForecastReport'],
> = {
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missingRates?: Resolver<Array<ResolversTypes['MissingRate']>, ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['ForecastPoint']>, ParentType, ContextType>;
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

export type TeamResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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
  FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['User']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quotaAttainment?: Resolver<
    Maybe<Array<ResolversTypes['QuotaAttainment']>>,
    ParentType,
    ContextType,
    RequireFields<UserQuotaAttainmentArgs, 'period'>
  >;
};

export type WinRatePointResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['WinRatePoint'] = ResolversParentTypes['WinRatePoint'],
> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  winRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  won?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WinRateReportResolvers<
  ContextType = AnalyticsContext,
  ParentType extends ResolversParentTypes['WinRateReport'] = ResolversParentTypes['WinRateReport'],
> = {
  points?: Resolver<Array<ResolversTypes['WinRatePoint']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['WinRatePoint'], ParentType, ContextType>;
};

export type Resolvers<ContextType = AnalyticsContext> = {
  AbcClassShare?: AbcClassShareResolvers<ContextType>;
  AmountPoint?: AmountPointResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuditFieldChange?: AuditFieldChangeResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  CampaignAttribution?: CampaignAttributionResolvers<ContextType>;
  CampaignPerformance?: CampaignPerformanceResolvers<ContextType>;
  ChurnFigures?: ChurnFiguresResolvers<ContextType>;
  ChurnReport?: ChurnReportResolvers<ContextType>;
  ChurnRisk?: ChurnRiskResolvers<ContextType>;
  ChurnRiskReason?: ChurnRiskReasonResolvers<ContextType>;
  CompositionPoint?: CompositionPointResolvers<ContextType>;
  ContributionShare?: ContributionShareResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerCompositionReport?: CustomerCompositionReportResolvers<ContextType>;
  CustomerContributionReport?: CustomerContributionReportResolvers<ContextType>;
  CustomerCount?: CustomerCountResolvers<ContextType>;
  CustomerMetrics?: CustomerMetricsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  ExchangeRate?: ExchangeRateResolvers<ContextType>;
  ExchangeRateImport?: ExchangeRateImportResolvers<ContextType>;
  ForecastPoint?: ForecastPointResolvers<ContextType>;
  FunnelStep?: FunnelStepResolvers<ContextType>;
  Interaction?: InteractionResolvers<ContextType>;
  LargeDealAlert?: LargeDealAlertResolvers<ContextType>;
  LargeDealAlertReport?: LargeDealAlertReportResolvers<ContextType>;
  LocalDate?: GraphQLScalarType;
  MissingRate?: MissingRateResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Opportunity?: OpportunityResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PipelineVelocityPoint?: PipelineVelocityPointResolvers<ContextType>;
  PipelineVelocityReport?: PipelineVelocityReportResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuotaAttainment?: QuotaAttainmentResolvers<ContextType>;
  ReportExport?: ReportExportResolvers<ContextType>;
  ReportMoney?: ReportMoneyResolvers<ContextType>;
  RetentionCohort?: RetentionCohortResolvers<ContextType>;
  RetentionPoint?: RetentionPointResolvers<ContextType>;
  RfmScore?: RfmScoreResolvers<ContextType>;
  SalesCyclePoint?: SalesCyclePointResolvers<ContextType>;
  SalesCycleReport?: SalesCycleReportResolvers<ContextType>;
  SalesForecastReport?: SalesForecastReportResolvers<ContextType>;
  ServiceFigures?: ServiceFiguresResolvers<ContextType>;
  ServiceReport?: ServiceReportResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  TimelineEntryConnection?: TimelineEntryConnectionResolvers<ContextType>;
  TimelineEntryEdge?: TimelineEntryEdgeResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WinRatePoint?: WinRatePointResolvers<ContextType>;
  WinRateReport?: WinRateReportResolvers<ContextType>;
};
