import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Ticket as TicketRow } from '../data/ticket.entity';
import type { QueueMailbox as QueueMailboxRow } from '../data/queue-mailbox.entity';
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Opens a ticket for a customer, in status NEW. */
  openTicket: Ticket;
  /** Sets a queue's mail address. Support managers and admins. */
  setQueueMailbox: QueueMailbox;
};

export type MutationOpenTicketArgs = {
  input: OpenTicketInput;
};

export type MutationSetQueueMailboxArgs = {
  input: SetQueueMailboxInput;
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

export type Query = {
  __typename?: 'Query';
  /** Every queue's mailbox, by address. Support managers and admins. */
  queueMailboxes: Array<QueueMailbox>;
  /** The ticket with this id; NOT_FOUND if there is none. */
  ticket: Maybe<Ticket>;
};

export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};

/**
 * A support queue's mail address: mail to it opens tickets in the queue (or, when it answers one of
 * the ticket's mails or names `[#number]` in its subject, becomes the customer's public comment), and
 * agents' public replies leave from it.
 */
export type QueueMailbox = {
  __typename?: 'QueueMailbox';
  /** Lower-case; no two queues share one. */
  address: Scalars['String']['output'];
  queue: Team;
  /**
   * The customer whose record takes tickets from senders who are no customer's contact (their address
   * and name are kept on the ticket). Null: mail from strangers is refused (SMTP 550 5.7.1).
   */
  unknownRequesterCustomer: Maybe<Customer>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type SetQueueMailboxInput = {
  /** The address customers write to, e.g. support@example.com. */
  address: Scalars['String']['input'];
  /** The support team whose queue takes the mail. */
  queueId: Scalars['ID']['input'];
  /** Where mail from unknown senders is filed; omit to refuse it. */
  unknownRequesterCustomerId?: InputMaybe<Scalars['ID']['input']>;
  /** The version you read, when changing an existing mailbox (CONFLICT when stale). */
  version?: InputMaybe<Scalars['Int']['input']>;
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
  Customer: ResolverTypeWrapper<{ id: string }>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenTicketInput: ResolverTypeWrapper<Partial<OpenTicketInput>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QueueMailbox: ResolverTypeWrapper<QueueMailboxRow>;
  SetQueueMailboxInput: ResolverTypeWrapper<Partial<SetQueueMailboxInput>>;
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
  Customer: { id: string };
  ID: Partial<Scalars['ID']['output']>;
  String: Partial<Scalars['String']['output']>;
  Int: Partial<Scalars['Int']['output']>;
  DateTime: Partial<Scalars['DateTime']['output']>;
  Mutation: Record<PropertyKey, never>;
  OpenTicketInput: Partial<OpenTicketInput>;
  PageInfo: Partial<PageInfo>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  Query: Record<PropertyKey, never>;
  QueueMailbox: QueueMailboxRow;
  SetQueueMailboxInput: Partial<SetQueueMailboxInput>;
  Team: Partial<Team>;
  Ticket: TicketRow;
  TicketConnection: Partial<
    Omit<TicketConnection, 'edges'> & { edges: Array<ResolversParentTypes['TicketEdge']> }
  >;
  TicketEdge: Partial<Omit<TicketEdge, 'node'> & { node: ResolversParentTypes['Ticket'] }>;
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
  openTicket?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationOpenTicketArgs, 'input'>
  >;
  setQueueMailbox?: Resolver<
    ResolversTypes['QueueMailbox'],
    ParentType,
    ContextType,
    RequireFields<MutationSetQueueMailboxArgs, 'input'>
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

export type QueryResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  queueMailboxes?: Resolver<Array<ResolversTypes['QueueMailbox']>, ParentType, ContextType>;
  ticket?: Resolver<
    Maybe<ResolversTypes['Ticket']>,
    ParentType,
    ContextType,
    RequireFields<QueryTicketArgs, 'id'>
  >;
};

export type QueueMailboxResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['QueueMailbox'] = ResolversParentTypes['QueueMailbox'],
> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  queue?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
  unknownRequesterCustomer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QueueMailbox?: QueueMailboxResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TicketConnection?: TicketConnectionResolvers<ContextType>;
  TicketEdge?: TicketEdgeResolvers<ContextType>;
};
