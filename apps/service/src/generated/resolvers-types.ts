import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Ticket as TicketRow } from '../data/ticket.entity';
import type { Survey as SurveyRow } from '../data/survey.entity';
import type { ServiceContext } from '../service-context';
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
  _FieldSet: { input: unknown; output: unknown };
};

export type AgentSatisfaction = {
  __typename?: 'AgentSatisfaction';
  /** The agent the ticket was assigned to when it was resolved; null: nobody was. */
  agentId: Maybe<Scalars['ID']['output']>;
  scores: SatisfactionScores;
};

export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
  /** How satisfied the customer's requesters were with support. Null when the service subgraph is unavailable. */
  satisfaction: Maybe<CustomerSatisfaction>;
  /** This customer's tickets, newest first. Null when the service subgraph is unavailable. */
  tickets: Maybe<TicketConnection>;
};

export type CustomerTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CustomerSatisfaction = {
  __typename?: 'CustomerSatisfaction';
  csatTrend: SatisfactionTrend;
  lastRespondedAt: Maybe<Scalars['DateTime']['output']>;
  /** The customer's latest CSAT answer (1–5) and NPS answer (0–10); null when never given. */
  latestCsat: Maybe<Scalars['Int']['output']>;
  latestNps: Maybe<Scalars['Int']['output']>;
  npsTrend: SatisfactionTrend;
  responses: Scalars['Int']['output'];
  /** CSAT and NPS over all of the customer's responses. */
  scores: SatisfactionScores;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** DRAFT → ACTIVE: it goes out with its queue's resolved tickets, replacing (retiring) the queue's active survey. */
  activateSurvey: Survey;
  /**
   * Public, no login: records the customer's answers with the token of their invitation mail, once.
   * A used link is CONFLICT with `extensions.reason` SURVEY_ALREADY_ANSWERED, an expired one
   * SURVEY_LINK_EXPIRED; an unknown token is NOT_FOUND.
   */
  answerSurvey: SurveyAnswerReceipt;
  /** Designs a survey, in status DRAFT. */
  createSurvey: Survey;
  /** Opens a ticket for a customer, in status NEW. */
  openTicket: Ticket;
  /** ACTIVE → RETIRED: no more invitations for it. */
  retireSurvey: Survey;
  /** Changes a DRAFT survey; pass the version you read (CONFLICT when it moved on). */
  updateSurvey: Survey;
};

export type MutationActivateSurveyArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type MutationAnswerSurveyArgs = {
  answers: Array<SurveyAnswerInput>;
  token: Scalars['String']['input'];
};

export type MutationCreateSurveyArgs = {
  input: SurveyInput;
};

export type MutationOpenTicketArgs = {
  input: OpenTicketInput;
};

export type MutationRetireSurveyArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type MutationUpdateSurveyArgs = {
  id: Scalars['ID']['input'];
  input: SurveyInput;
  version: Scalars['Int']['input'];
};

export type OpenTicketInput = {
  customerId: Scalars['ID']['input'];
  /** At most 10,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Send the same key when retrying: the first result is returned, nothing is created twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<TicketPriority>;
  /** The support team whose queue takes the ticket. Agents may only use their own team's, which is the default for them. */
  queueId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 200 characters. */
  subject: Scalars['String']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type PeriodSatisfaction = {
  __typename?: 'PeriodSatisfaction';
  /** The first instant of the period (UTC): a day, a Monday or the first of a month. */
  periodStart: Scalars['DateTime']['output'];
  scores: SatisfactionScores;
};

export type Query = {
  __typename?: 'Query';
  /** CSAT and NPS of the responses answered in [from, to), overall and per queue, agent and period. */
  satisfactionReport: SatisfactionReport;
  /** The survey with this id; NOT_FOUND if there is none. */
  survey: Maybe<Survey>;
  /** Every survey, active first, then drafts, then retired; newest first within each. */
  surveys: Array<Survey>;
  /** The ticket with this id; NOT_FOUND if there is none. */
  ticket: Maybe<Ticket>;
};

export type QuerySatisfactionReportArgs = {
  filter: SatisfactionFilter;
};

export type QuerySurveyArgs = {
  id: Scalars['ID']['input'];
};

export type QuerySurveysArgs = {
  queueId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<SurveyStatus>;
};

export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};

export type QueueSatisfaction = {
  __typename?: 'QueueSatisfaction';
  /** Null for responses about tickets in no queue. */
  queue: Maybe<Team>;
  scores: SatisfactionScores;
};

export type SatisfactionFilter = {
  /** The agent the tickets were assigned to. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Responses answered at or after this instant… */
  from: Scalars['DateTime']['input'];
  /** How byPeriod groups the responses; MONTH unless said. */
  period?: InputMaybe<SatisfactionPeriod>;
  queueId?: InputMaybe<Scalars['ID']['input']>;
  /** …and before this one. */
  to: Scalars['DateTime']['input'];
};

export type SatisfactionPeriod = 'DAY' | 'MONTH' | 'WEEK';

export type SatisfactionReport = {
  __typename?: 'SatisfactionReport';
  byAgent: Array<AgentSatisfaction>;
  /** Periods with responses only, oldest first. */
  byPeriod: Array<PeriodSatisfaction>;
  byQueue: Array<QueueSatisfaction>;
  from: Scalars['DateTime']['output'];
  overall: SatisfactionScores;
  to: Scalars['DateTime']['output'];
};

/** CSAT and NPS of a set of responses, with the counts they come from. */
export type SatisfactionScores = {
  __typename?: 'SatisfactionScores';
  /** Top-two-box share: the percentage of CSAT answers that are 4 or 5 (one decimal); null without CSAT answers. */
  csat: Maybe<Scalars['Float']['output']>;
  csatAnswers: Scalars['Int']['output'];
  detractors: Scalars['Int']['output'];
  /** Percentage of promoters (9–10) minus percentage of detractors (0–6), −100 to 100 (one decimal); null without NPS answers. */
  nps: Maybe<Scalars['Float']['output']>;
  npsAnswers: Scalars['Int']['output'];
  passives: Scalars['Int']['output'];
  promoters: Scalars['Int']['output'];
  /** CSAT answers of 4 or 5. */
  satisfied: Scalars['Int']['output'];
};

export type SatisfactionTrend =
  | 'DECLINING'
  /** The latest answer is at least a point above the mean of the (up to three) before it. */
  | 'IMPROVING'
  /** Fewer than two answers. */
  | 'NOT_ENOUGH_DATA'
  | 'STEADY';

export type Survey = {
  __typename?: 'Survey';
  activatedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  questions: Array<SurveyQuestion>;
  /** The queue (support team) whose resolved tickets it goes to; null: the default for queues without their own. */
  queue: Maybe<Team>;
  retiredAt: Maybe<Scalars['DateTime']['output']>;
  status: SurveyStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version: pass it back on updates. */
  version: Scalars['Int']['output'];
};

export type SurveyAnswerInput = {
  /** The question's id (q1, q2…), as the invitation mail lists them. */
  questionId: Scalars['ID']['input'];
  /** CSAT and NPS: the score as digits ("4"); CHOICE: the option's text; TEXT: the text. */
  value: Scalars['String']['input'];
};

/** What the customer learns after answering: that it was recorded, and when. */
export type SurveyAnswerReceipt = {
  __typename?: 'SurveyAnswerReceipt';
  recordedAt: Scalars['DateTime']['output'];
};

export type SurveyInput = {
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** 1 to 20 questions; at most one CSAT and one NPS. */
  questions: Array<SurveyQuestionInput>;
  /** The queue it serves; leave it out for the default survey. */
  queueId?: InputMaybe<Scalars['ID']['input']>;
};

export type SurveyQuestion = {
  __typename?: 'SurveyQuestion';
  /** What an answer names in `questionId`: q1, q2… in the survey's order. */
  id: Scalars['ID']['output'];
  kind: SurveyQuestionKind;
  /** CHOICE only; empty for the other kinds. */
  options: Array<Scalars['String']['output']>;
  prompt: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
};

export type SurveyQuestionInput = {
  kind: SurveyQuestionKind;
  /** CHOICE only: 2 to 10 different options, each 1 to 200 characters. */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1 to 500 characters. */
  prompt: Scalars['String']['input'];
  /** Defaults to true for CSAT and NPS, false for the others. */
  required?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SurveyQuestionKind =
  /** One of the question's options. */
  | 'CHOICE'
  /** Customer satisfaction, 1 (very unsatisfied) to 5 (very satisfied). At most one per survey. */
  | 'CSAT'
  /** Net Promoter Score: how likely to recommend us, 0 to 10. At most one per survey. */
  | 'NPS'
  /** Free text, at most 2,000 characters. */
  | 'TEXT';

/**
 * Satisfaction surveys (CSAT and NPS): support managers design them, resolving a ticket invites its
 * requester by mail with a single-use link, and the answers feed `satisfactionReport` and
 * `Customer.satisfaction`.
 */
export type SurveyStatus =
  /** Goes out with its queue's resolved tickets; at most one per queue (and one default). */
  | 'ACTIVE'
  /** Being designed: its questions may still change. */
  | 'DRAFT'
  /** No longer sent; invitations already sent can still be answered. */
  | 'RETIRED';

export type Team = {
  __typename?: 'Team';
  id: Scalars['ID']['output'];
};

/** A customer's case: a question, an incident or a complaint the support team works on. */
export type Ticket = {
  __typename?: 'Ticket';
  createdAt: Scalars['DateTime']['output'];
  customer: Customer;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  priority: TicketPriority;
  /** The support team whose queue holds the ticket; its agents work it. Null: in no queue yet. */
  queue: Maybe<Team>;
  status: TicketStatus;
  subject: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version: pass it back on updates. */
  version: Scalars['Int']['output'];
};

export type TicketConnection = {
  __typename?: 'TicketConnection';
  edges: Array<TicketEdge>;
  pageInfo: PageInfo;
};

export type TicketEdge = {
  __typename?: 'TicketEdge';
  cursor: Scalars['String']['output'];
  node: Ticket;
};

/** How urgent a ticket is; SLA targets follow it. */
export type TicketPriority = 'HIGH' | 'LOW' | 'NORMAL' | 'URGENT';

/** Lifecycle of a ticket (DESIGN §3): NEW → ASSIGNED → IN_PROGRESS → (WAITING_ON_CUSTOMER) → RESOLVED → CLOSED/ARCHIVED. */
export type TicketStatus =
  'ARCHIVED' | 'ASSIGNED' | 'CLOSED' | 'IN_PROGRESS' | 'NEW' | 'RESOLVED' | 'WAITING_ON_CUSTOMER';

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
  Ticket: Ticket;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Customer: { __typename: 'Customer' } & GraphQLRecursivePick<FederationTypes['Customer'], { id: true }>;
  Ticket: { __typename: 'Ticket' } & GraphQLRecursivePick<FederationTypes['Ticket'], { id: true }>;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AgentSatisfaction: ResolverTypeWrapper<Partial<AgentSatisfaction>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  Customer: ResolverTypeWrapper<{ id: string }>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  CustomerSatisfaction: ResolverTypeWrapper<Partial<CustomerSatisfaction>>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenTicketInput: ResolverTypeWrapper<Partial<OpenTicketInput>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  PeriodSatisfaction: ResolverTypeWrapper<Partial<PeriodSatisfaction>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QueueSatisfaction: ResolverTypeWrapper<Partial<QueueSatisfaction>>;
  SatisfactionFilter: ResolverTypeWrapper<Partial<SatisfactionFilter>>;
  SatisfactionPeriod: ResolverTypeWrapper<Partial<SatisfactionPeriod>>;
  SatisfactionReport: ResolverTypeWrapper<Partial<SatisfactionReport>>;
  SatisfactionScores: ResolverTypeWrapper<Partial<SatisfactionScores>>;
  Float: ResolverTypeWrapper<Partial<Scalars['Float']['output']>>;
  SatisfactionTrend: ResolverTypeWrapper<Partial<SatisfactionTrend>>;
  Survey: ResolverTypeWrapper<SurveyRow>;
  SurveyAnswerInput: ResolverTypeWrapper<Partial<SurveyAnswerInput>>;
  SurveyAnswerReceipt: ResolverTypeWrapper<Partial<SurveyAnswerReceipt>>;
  SurveyInput: ResolverTypeWrapper<Partial<SurveyInput>>;
  SurveyQuestion: ResolverTypeWrapper<Partial<SurveyQuestion>>;
  SurveyQuestionInput: ResolverTypeWrapper<Partial<SurveyQuestionInput>>;
  SurveyQuestionKind: ResolverTypeWrapper<Partial<SurveyQuestionKind>>;
  SurveyStatus: ResolverTypeWrapper<Partial<SurveyStatus>>;
  Team: ResolverTypeWrapper<Partial<Team>>;
  Ticket: ResolverTypeWrapper<TicketRow>;
  TicketConnection: ResolverTypeWrapper<
    Partial<Omit<TicketConnection, 'edges'> & { edges: Array<ResolversTypes['TicketEdge']> }>
  >;
  TicketEdge: ResolverTypeWrapper<Partial<Omit<TicketEdge, 'node'> & { node: ResolversTypes['Ticket'] }>>;
  TicketPriority: ResolverTypeWrapper<Partial<TicketPriority>>;
  TicketStatus: ResolverTypeWrapper<Partial<TicketStatus>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AgentSatisfaction: Partial<AgentSatisfaction>;
  ID: Partial<Scalars['ID']['output']>;
  Customer: { id: string };
  String: Partial<Scalars['String']['output']>;
  Int: Partial<Scalars['Int']['output']>;
  CustomerSatisfaction: Partial<CustomerSatisfaction>;
  DateTime: Partial<Scalars['DateTime']['output']>;
  Mutation: Record<PropertyKey, never>;
  OpenTicketInput: Partial<OpenTicketInput>;
  PageInfo: Partial<PageInfo>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  PeriodSatisfaction: Partial<PeriodSatisfaction>;
  Query: Record<PropertyKey, never>;
  QueueSatisfaction: Partial<QueueSatisfaction>;
  SatisfactionFilter: Partial<SatisfactionFilter>;
  SatisfactionReport: Partial<SatisfactionReport>;
  SatisfactionScores: Partial<SatisfactionScores>;
  Float: Partial<Scalars['Float']['output']>;
  Survey: SurveyRow;
  SurveyAnswerInput: Partial<SurveyAnswerInput>;
  SurveyAnswerReceipt: Partial<SurveyAnswerReceipt>;
  SurveyInput: Partial<SurveyInput>;
  SurveyQuestion: Partial<SurveyQuestion>;
  SurveyQuestionInput: Partial<SurveyQuestionInput>;
  Team: Partial<Team>;
  Ticket: TicketRow;
  TicketConnection: Partial<
    Omit<TicketConnection, 'edges'> & { edges: Array<ResolversParentTypes['TicketEdge']> }
  >;
  TicketEdge: Partial<Omit<TicketEdge, 'node'> & { node: ResolversParentTypes['Ticket'] }>;
};

export type AgentSatisfactionResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['AgentSatisfaction'] = ResolversParentTypes['AgentSatisfaction'],
> = {
  agentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  scores?: Resolver<ResolversTypes['SatisfactionScores'], ParentType, ContextType>;
};

export type CustomerResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'],
  FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Customer']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  satisfaction?: Resolver<Maybe<ResolversTypes['CustomerSatisfaction']>, ParentType, ContextType>;
  tickets?: Resolver<
    Maybe<ResolversTypes['TicketConnection']>,
    ParentType,
    ContextType,
    RequireFields<CustomerTicketsArgs, 'first'>
  >;
};

export type CustomerSatisfactionResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['CustomerSatisfaction'] =
    ResolversParentTypes['CustomerSatisfaction'],
> = {
  csatTrend?: Resolver<ResolversTypes['SatisfactionTrend'], ParentType, ContextType>;
  lastRespondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  latestCsat?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  latestNps?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  npsTrend?: Resolver<ResolversTypes['SatisfactionTrend'], ParentType, ContextType>;
  responses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scores?: Resolver<ResolversTypes['SatisfactionScores'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  activateSurvey?: Resolver<
    ResolversTypes['Survey'],
    ParentType,
    ContextType,
    RequireFields<MutationActivateSurveyArgs, 'id' | 'version'>
  >;
  answerSurvey?: Resolver<
    ResolversTypes['SurveyAnswerReceipt'],
    ParentType,
    ContextType,
    RequireFields<MutationAnswerSurveyArgs, 'answers' | 'token'>
  >;
  createSurvey?: Resolver<
    ResolversTypes['Survey'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateSurveyArgs, 'input'>
  >;
  openTicket?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationOpenTicketArgs, 'input'>
  >;
  retireSurvey?: Resolver<
    ResolversTypes['Survey'],
    ParentType,
    ContextType,
    RequireFields<MutationRetireSurveyArgs, 'id' | 'version'>
  >;
  updateSurvey?: Resolver<
    ResolversTypes['Survey'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateSurveyArgs, 'id' | 'input' | 'version'>
  >;
};

export type PageInfoResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PeriodSatisfactionResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['PeriodSatisfaction'] = ResolversParentTypes['PeriodSatisfaction'],
> = {
  periodStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  scores?: Resolver<ResolversTypes['SatisfactionScores'], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  satisfactionReport?: Resolver<
    ResolversTypes['SatisfactionReport'],
    ParentType,
    ContextType,
    RequireFields<QuerySatisfactionReportArgs, 'filter'>
  >;
  survey?: Resolver<
    Maybe<ResolversTypes['Survey']>,
    ParentType,
    ContextType,
    RequireFields<QuerySurveyArgs, 'id'>
  >;
  surveys?: Resolver<Array<ResolversTypes['Survey']>, ParentType, ContextType, Partial<QuerySurveysArgs>>;
  ticket?: Resolver<
    Maybe<ResolversTypes['Ticket']>,
    ParentType,
    ContextType,
    RequireFields<QueryTicketArgs, 'id'>
  >;
};

export type QueueSatisfactionResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['QueueSatisfaction'] = ResolversParentTypes['QueueSatisfaction'],
> = {
  queue?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  scores?: Resolver<ResolversTypes['SatisfactionScores'], ParentType, ContextType>;
};

export type SatisfactionReportResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['SatisfactionReport'] = ResolversParentTypes['SatisfactionReport'],
> = {
  byAgent?: Resolver<Array<ResolversTypes['AgentSatisfaction']>, ParentType, ContextType>;
  byPeriod?: Resolver<Array<ResolversTypes['PeriodSatisfaction']>, ParentType, ContextType>;
  byQueue?: Resolver<Array<ResolversTypes['QueueSatisfaction']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['SatisfactionScores'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SatisfactionScoresResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['SatisfactionScores'] = ResolversParentTypes['SatisfactionScores'],
> = {
  csat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  csatAnswers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  detractors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nps?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  npsAnswers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promoters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SurveyResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['Survey'] = ResolversParentTypes['Survey'],
> = {
  activatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['SurveyQuestion']>, ParentType, ContextType>;
  queue?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SurveyStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SurveyAnswerReceiptResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['SurveyAnswerReceipt'] =
    ResolversParentTypes['SurveyAnswerReceipt'],
> = {
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SurveyQuestionResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['SurveyQuestion'] = ResolversParentTypes['SurveyQuestion'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SurveyQuestionKind'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  prompt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TeamResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TicketResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket'],
  FederationReferenceType extends FederationReferenceTypes['Ticket'] = FederationReferenceTypes['Ticket'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Ticket']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  queue?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TicketConnectionResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['TicketConnection'] = ResolversParentTypes['TicketConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['TicketEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TicketEdgeResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['TicketEdge'] = ResolversParentTypes['TicketEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ServiceContext> = {
  AgentSatisfaction?: AgentSatisfactionResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerSatisfaction?: CustomerSatisfactionResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PeriodSatisfaction?: PeriodSatisfactionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QueueSatisfaction?: QueueSatisfactionResolvers<ContextType>;
  SatisfactionReport?: SatisfactionReportResolvers<ContextType>;
  SatisfactionScores?: SatisfactionScoresResolvers<ContextType>;
  Survey?: SurveyResolvers<ContextType>;
  SurveyAnswerReceipt?: SurveyAnswerReceiptResolvers<ContextType>;
  SurveyQuestion?: SurveyQuestionResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TicketConnection?: TicketConnectionResolvers<ContextType>;
  TicketEdge?: TicketEdgeResolvers<ContextType>;
};
