import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Ticket as TicketRow } from '../data/ticket.entity';
import type { TicketSlaView as TicketSlaViewRow } from '../data/ticket-sla.loader';
import type { TargetClock as TargetClockRow } from '../domain/sla/ticket-sla';
import type { SlaPolicy as SlaPolicyRow } from '../data/sla-policy.entity';
import type { BusinessCalendarRow as BusinessCalendarRowRow } from '../data/business-calendar.entity';
import type { OpeningHours as OpeningHoursRow } from '../domain/sla/business-calendar';
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

/** When a support team works: weekly hours in a time zone, minus holidays. SLA time counts only then. */
export type BusinessCalendar = {
  __typename?: 'BusinessCalendar';
  createdAt: Scalars['DateTime']['output'];
  /** Local dates (YYYY-MM-DD) without working hours. */
  holidays: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The queue whose tickets it times; null: the default for every queue without one. */
  queue: Maybe<Team>;
  /** IANA time zone, e.g. Europe/Berlin. */
  timeZone: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  weeklyHours: Array<OpeningHours>;
};

export type BusinessCalendarInput = {
  /** Local dates YYYY-MM-DD. */
  holidays?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** The queue (support team) whose tickets it times; leave out for the default calendar. */
  queueId?: InputMaybe<Scalars['ID']['input']>;
  /** IANA time zone, e.g. Europe/Berlin. */
  timeZone: Scalars['String']['input'];
  /** At least one span; spans of a day must not overlap. */
  weeklyHours: Array<OpeningHoursInput>;
};

export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
  /** This customer's tickets, newest first. Null when the service subgraph is unavailable. */
  tickets: Maybe<TicketConnection>;
};

export type CustomerTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A customer's tier (客户分级), as the customer service decides it. */
export type CustomerTier = 'A' | 'B' | 'C' | 'D';

/** What happens to a ticket that breaches a target. */
export type EscalationAction =
  /** Moved, unassigned, to the policy's escalation queue. */
  | 'MOVE_TO_QUEUE'
  /** Priority one step up (LOW → NORMAL → HIGH → URGENT). */
  | 'RAISE_PRIORITY'
  /** Assigned to the manager of the ticket's queue. */
  | 'REASSIGN_TO_QUEUE_MANAGER';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a queue's calendar, or the default one; one per queue. Open tickets are re-timed. */
  createBusinessCalendar: BusinessCalendar;
  /** Adds the policy of a priority (and queue, tier); one per queue, priority and tier. Open tickets are re-timed. */
  createSlaPolicy: SlaPolicy;
  /** Opens a ticket for a customer, in status NEW. */
  openTicket: Ticket;
  /** Replaces a calendar; pass the version you read. Open tickets are re-timed. */
  updateBusinessCalendar: BusinessCalendar;
  /** Replaces a policy's terms; pass the version you read. Open tickets are re-timed. */
  updateSlaPolicy: SlaPolicy;
};

export type MutationCreateBusinessCalendarArgs = {
  input: BusinessCalendarInput;
};

export type MutationCreateSlaPolicyArgs = {
  input: SlaPolicyInput;
};

export type MutationOpenTicketArgs = {
  input: OpenTicketInput;
};

export type MutationUpdateBusinessCalendarArgs = {
  id: Scalars['ID']['input'];
  input: BusinessCalendarInput;
  version: Scalars['Int']['input'];
};

export type MutationUpdateSlaPolicyArgs = {
  id: Scalars['ID']['input'];
  input: SlaPolicyInput;
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

/** A weekly opening span, local time of the calendar. */
export type OpeningHours = {
  __typename?: 'OpeningHours';
  day: Weekday;
  /** HH:MM; 24:00 is the end of the day. */
  end: Scalars['String']['output'];
  /** HH:MM */
  start: Scalars['String']['output'];
};

export type OpeningHoursInput = {
  day: Weekday;
  /** HH:MM after the start, up to 24:00. */
  end: Scalars['String']['input'];
  /** HH:MM, 00:00 to 23:59. */
  start: Scalars['String']['input'];
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
  /** Every business calendar, the default first. */
  businessCalendars: Array<BusinessCalendar>;
  /** Every SLA policy, by priority then tier. */
  slaPolicies: Array<SlaPolicy>;
  /** The ticket with this id; NOT_FOUND if there is none. */
  ticket: Maybe<Ticket>;
};

export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};

/** First-response and resolution targets for tickets of one priority, optionally of one queue and one customer tier. */
export type SlaPolicy = {
  __typename?: 'SlaPolicy';
  createdAt: Scalars['DateTime']['output'];
  /** Null: the priority's general policy, for every tier without one of its own. */
  customerTier: Maybe<CustomerTier>;
  escalationAction: EscalationAction;
  /** For MOVE_TO_QUEUE: where breaching tickets go. */
  escalationQueue: Maybe<Team>;
  firstResponseMinutes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  priority: TicketPriority;
  /** The queue whose tickets it covers; null: every queue without a policy of its own. */
  queue: Maybe<Team>;
  resolutionMinutes: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** The share of a target after which a ticket is in WARNING, e.g. 0.75. */
  warningShare: Scalars['Float']['output'];
};

export type SlaPolicyInput = {
  /** Leave out for the priority's general policy. */
  customerTier?: InputMaybe<CustomerTier>;
  escalationAction: EscalationAction;
  /** Required for MOVE_TO_QUEUE: a support team. */
  escalationQueueId?: InputMaybe<Scalars['ID']['input']>;
  /** Business minutes, 1 to 525,600. */
  firstResponseMinutes: Scalars['Int']['input'];
  /** 1 to 100 characters. */
  name: Scalars['String']['input'];
  priority: TicketPriority;
  /** A support team: the policy covers only its queue's tickets. Leave out for every queue. */
  queueId?: InputMaybe<Scalars['ID']['input']>;
  /** Business minutes, at least the first-response target. */
  resolutionMinutes: Scalars['Int']['input'];
  /** Between 0 and 1; 0.75 when left out. */
  warningShare?: InputMaybe<Scalars['Float']['input']>;
};

/** Where a ticket stands against an SLA target, or against all of them. */
export type SlaState =
  /** Past the target without meeting it (or met late). */
  | 'BREACHED'
  /** Met in time. */
  | 'MET'
  /** Within the target, before the policy's warning share. */
  | 'OK'
  /** The clock stands still: the ticket waits on the customer. */
  | 'PAUSED'
  /** Past the warning share of the target (e.g. 75 %). */
  | 'WARNING';

export type SlaTarget = 'FIRST_RESPONSE' | 'RESOLUTION';

/** One SLA target of a ticket, in business minutes of its queue's calendar. */
export type SlaTargetClock = {
  __typename?: 'SlaTargetClock';
  /** When the target falls due; null while the clock is paused before it. */
  dueAt: Maybe<Scalars['DateTime']['output']>;
  elapsedMinutes: Scalars['Int']['output'];
  /** When the target was met (first public reply, resolution). */
  metAt: Maybe<Scalars['DateTime']['output']>;
  /** Business minutes left; negative once overdue. */
  remainingMinutes: Scalars['Int']['output'];
  state: SlaState;
  target: SlaTarget;
  targetMinutes: Scalars['Int']['output'];
  /** When the ticket enters WARNING; null while the clock is paused before it. */
  warnAt: Maybe<Scalars['DateTime']['output']>;
};

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
  /** The ticket's SLA; null when no policy covers its priority (and customer tier). */
  sla: Maybe<TicketSla>;
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

/** A ticket's SLA now: its policy, both targets, and the worse of their states. */
export type TicketSla = {
  __typename?: 'TicketSla';
  /** The earlier due time of the targets still open: the ticket is overdue past it. */
  dueAt: Maybe<Scalars['DateTime']['output']>;
  firstResponse: SlaTargetClock;
  /** True while the ticket waits on the customer: no business time counts. */
  paused: Scalars['Boolean']['output'];
  policy: SlaPolicy;
  /** Business minutes left to that due time; negative once overdue. */
  remainingMinutes: Maybe<Scalars['Int']['output']>;
  resolution: SlaTargetClock;
  state: SlaState;
};

/** Lifecycle of a ticket (DESIGN §3): NEW → ASSIGNED → IN_PROGRESS → (WAITING_ON_CUSTOMER) → RESOLVED → CLOSED/ARCHIVED. */
export type TicketStatus =
  'ARCHIVED' | 'ASSIGNED' | 'CLOSED' | 'IN_PROGRESS' | 'NEW' | 'RESOLVED' | 'WAITING_ON_CUSTOMER';

export type Weekday = 'FRIDAY' | 'MONDAY' | 'SATURDAY' | 'SUNDAY' | 'THURSDAY' | 'TUESDAY' | 'WEDNESDAY';

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
  BusinessCalendar: ResolverTypeWrapper<BusinessCalendarRowRow>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  BusinessCalendarInput: ResolverTypeWrapper<Partial<BusinessCalendarInput>>;
  Customer: ResolverTypeWrapper<{ id: string }>;
  CustomerTier: ResolverTypeWrapper<Partial<CustomerTier>>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  EscalationAction: ResolverTypeWrapper<Partial<EscalationAction>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenTicketInput: ResolverTypeWrapper<Partial<OpenTicketInput>>;
  OpeningHours: ResolverTypeWrapper<OpeningHoursRow>;
  OpeningHoursInput: ResolverTypeWrapper<Partial<OpeningHoursInput>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SlaPolicy: ResolverTypeWrapper<SlaPolicyRow>;
  Float: ResolverTypeWrapper<Partial<Scalars['Float']['output']>>;
  SlaPolicyInput: ResolverTypeWrapper<Partial<SlaPolicyInput>>;
  SlaState: ResolverTypeWrapper<Partial<SlaState>>;
  SlaTarget: ResolverTypeWrapper<Partial<SlaTarget>>;
  SlaTargetClock: ResolverTypeWrapper<TargetClockRow>;
  Team: ResolverTypeWrapper<Partial<Team>>;
  Ticket: ResolverTypeWrapper<TicketRow>;
  TicketConnection: ResolverTypeWrapper<
    Partial<Omit<TicketConnection, 'edges'> & { edges: Array<ResolversTypes['TicketEdge']> }>
  >;
  TicketEdge: ResolverTypeWrapper<Partial<Omit<TicketEdge, 'node'> & { node: ResolversTypes['Ticket'] }>>;
  TicketPriority: ResolverTypeWrapper<Partial<TicketPriority>>;
  TicketSla: ResolverTypeWrapper<TicketSlaViewRow>;
  TicketStatus: ResolverTypeWrapper<Partial<TicketStatus>>;
  Weekday: ResolverTypeWrapper<Partial<Weekday>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  BusinessCalendar: BusinessCalendarRowRow;
  String: Partial<Scalars['String']['output']>;
  ID: Partial<Scalars['ID']['output']>;
  Int: Partial<Scalars['Int']['output']>;
  BusinessCalendarInput: Partial<BusinessCalendarInput>;
  Customer: { id: string };
  DateTime: Partial<Scalars['DateTime']['output']>;
  Mutation: Record<PropertyKey, never>;
  OpenTicketInput: Partial<OpenTicketInput>;
  OpeningHours: OpeningHoursRow;
  OpeningHoursInput: Partial<OpeningHoursInput>;
  PageInfo: Partial<PageInfo>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  Query: Record<PropertyKey, never>;
  SlaPolicy: SlaPolicyRow;
  Float: Partial<Scalars['Float']['output']>;
  SlaPolicyInput: Partial<SlaPolicyInput>;
  SlaTargetClock: TargetClockRow;
  Team: Partial<Team>;
  Ticket: TicketRow;
  TicketConnection: Partial<
    Omit<TicketConnection, 'edges'> & { edges: Array<ResolversParentTypes['TicketEdge']> }
  >;
  TicketEdge: Partial<Omit<TicketEdge, 'node'> & { node: ResolversParentTypes['Ticket'] }>;
  TicketSla: TicketSlaViewRow;
};

export type BusinessCalendarResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['BusinessCalendar'] = ResolversParentTypes['BusinessCalendar'],
> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  holidays?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  queue?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weeklyHours?: Resolver<Array<ResolversTypes['OpeningHours']>, ParentType, ContextType>;
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
  tickets?: Resolver<
    Maybe<ResolversTypes['TicketConnection']>,
    ParentType,
    ContextType,
    RequireFields<CustomerTicketsArgs, 'first'>
  >;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  createBusinessCalendar?: Resolver<
    ResolversTypes['BusinessCalendar'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateBusinessCalendarArgs, 'input'>
  >;
  createSlaPolicy?: Resolver<
    ResolversTypes['SlaPolicy'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateSlaPolicyArgs, 'input'>
  >;
  openTicket?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationOpenTicketArgs, 'input'>
  >;
  updateBusinessCalendar?: Resolver<
    ResolversTypes['BusinessCalendar'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateBusinessCalendarArgs, 'id' | 'input' | 'version'>
  >;
  updateSlaPolicy?: Resolver<
    ResolversTypes['SlaPolicy'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateSlaPolicyArgs, 'id' | 'input' | 'version'>
  >;
};

export type OpeningHoursResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['OpeningHours'] = ResolversParentTypes['OpeningHours'],
> = {
  day?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type QueryResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  businessCalendars?: Resolver<Array<ResolversTypes['BusinessCalendar']>, ParentType, ContextType>;
  slaPolicies?: Resolver<Array<ResolversTypes['SlaPolicy']>, ParentType, ContextType>;
  ticket?: Resolver<
    Maybe<ResolversTypes['Ticket']>,
    ParentType,
    ContextType,
    RequireFields<QueryTicketArgs, 'id'>
  >;
};

export type SlaPolicyResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['SlaPolicy'] = ResolversParentTypes['SlaPolicy'],
> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customerTier?: Resolver<Maybe<ResolversTypes['CustomerTier']>, ParentType, ContextType>;
  escalationAction?: Resolver<ResolversTypes['EscalationAction'], ParentType, ContextType>;
  escalationQueue?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  firstResponseMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  queue?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  resolutionMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warningShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SlaTargetClockResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['SlaTargetClock'] = ResolversParentTypes['SlaTargetClock'],
> = {
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  elapsedMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  metAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  remainingMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['SlaState'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['SlaTarget'], ParentType, ContextType>;
  targetMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
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
  sla?: Resolver<Maybe<ResolversTypes['TicketSla']>, ParentType, ContextType>;
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

export type TicketSlaResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['TicketSla'] = ResolversParentTypes['TicketSla'],
> = {
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  firstResponse?: Resolver<ResolversTypes['SlaTargetClock'], ParentType, ContextType>;
  paused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['SlaPolicy'], ParentType, ContextType>;
  remainingMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['SlaTargetClock'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['SlaState'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ServiceContext> = {
  BusinessCalendar?: BusinessCalendarResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  OpeningHours?: OpeningHoursResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SlaPolicy?: SlaPolicyResolvers<ContextType>;
  SlaTargetClock?: SlaTargetClockResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TicketConnection?: TicketConnectionResolvers<ContextType>;
  TicketEdge?: TicketEdgeResolvers<ContextType>;
  TicketSla?: TicketSlaResolvers<ContextType>;
};
