import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { WebhookEndpoint as WebhookEndpointRow } from '../data/webhook-endpoint.entity';
import type { EndpointWithSecret as EndpointWithSecretRow } from '../changes/webhook-endpoint.changes';
import type { WebhookDelivery as WebhookDeliveryRow } from '../data/webhook-delivery.entity';
import type { WebhookDeliveryAttempt as WebhookDeliveryAttemptRow } from '../data/webhook-delivery-attempt.entity';
import type { Notification as NotificationRow } from '../data/notification.entity';
import type { NotificationContext } from '../notification-context';
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

export type Activity = {
  __typename?: 'Activity';
  id: Scalars['ID']['output'];
};

export type Contract = {
  __typename?: 'Contract';
  id: Scalars['ID']['output'];
};

export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
};

export type Lead = {
  __typename?: 'Lead';
  id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Deletes the endpoint with its delivery log; returns its id. */
  deleteWebhookEndpoint: Scalars['ID']['output'];
  disableWebhookEndpoint: WebhookEndpoint;
  enableWebhookEndpoint: WebhookEndpoint;
  /** Marks every unread notification of the caller read; returns how many were unread. */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Marks one of the caller's notifications read; marking it again changes nothing. */
  markNotificationRead: Notification;
  registerWebhookEndpoint: WebhookEndpointWithSecret;
  /** Sends one delivery again now, whatever its status, and returns it with the new try. */
  replayWebhookDelivery: WebhookDelivery;
  /** Replaces the signing secret: the given one, or a generated one. */
  rotateWebhookSecret: WebhookEndpointWithSecret;
  /** Sets the channel of one kind for the caller; version is the one read (CONFLICT when it moved on). */
  setNotificationChannel: NotificationPreferences;
  /** Turns the caller's daily digest on or off. */
  setNotificationDigest: NotificationPreferences;
};

export type MutationDeleteWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type MutationDisableWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type MutationEnableWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};

export type MutationRegisterWebhookEndpointArgs = {
  input: RegisterWebhookEndpointInput;
};

export type MutationReplayWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};

export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
  secret?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type MutationSetNotificationChannelArgs = {
  channel: NotificationChannel;
  kind: NotificationKind;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type MutationSetNotificationDigestArgs = {
  enabled: Scalars['Boolean']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** One entry of the caller's inbox. */
export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** Null while unread. */
  readAt: Maybe<Scalars['DateTime']['output']>;
  /** The record it is about: ask for its fields in the same query (null if the caller may not see it). */
  subject: Maybe<NotificationSubject>;
  subjectId: Scalars['ID']['output'];
  /** The record's type name in the graph, e.g. Opportunity. */
  subjectType: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Bumped by each change (marking read). */
  version: Scalars['Int']['output'];
};

/** Where a kind of notification reaches its user. */
export type NotificationChannel =
  /** In the inbox and by email. */
  | 'BOTH'
  /** Only by email: left out of the inbox, its count and the live feed. */
  | 'EMAIL'
  /** Only in the inbox (and the live feed). */
  | 'IN_APP';

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** What a notification tells of; each kind has its rule of who is told (README: Notifications). */
export type NotificationKind =
  /** An activity's reminder time came: told to its owner. */
  | 'ACTIVITY_REMINDER_DUE'
  /** Analytics found a customer at risk of churning: told to the customer's owner. */
  | 'CHURN_RISK_DETECTED'
  /** A contract's renewal reminder day came: told to its owner. */
  | 'CONTRACT_RENEWAL_DUE'
  /** A deal reached its currency's large-deal threshold: told to the owner's manager. */
  | 'LARGE_DEAL_DETECTED'
  /** A lead got a new owner: told to the owner. */
  | 'LEAD_ASSIGNED'
  /** An order has a balance after its due date: told to its owner. */
  | 'ORDER_OVERDUE'
  /** A ticket got an assignee or moved queue: told to the assignee and the queue's manager. */
  | 'TICKET_ASSIGNED'
  /** A ticket's SLA target passed: told to the assignee and the queue's manager. */
  | 'TICKET_SLA_BREACHED'
  /** A ticket's SLA target is at risk: told to the assignee and the queue's manager. */
  | 'TICKET_SLA_WARNING';

export type NotificationKindPreference = {
  __typename?: 'NotificationKindPreference';
  channel: NotificationChannel;
  /** True while the user has not chosen: the kind's default applies. */
  isDefault: Scalars['Boolean']['output'];
  kind: NotificationKind;
};

/** How the caller is told, kind by kind. */
export type NotificationPreferences = {
  __typename?: 'NotificationPreferences';
  /** Mail one summary a day (NOTIFICATION_DIGEST_CRON) instead of one mail per notification. */
  dailyDigest: Scalars['Boolean']['output'];
  kinds: Array<NotificationKindPreference>;
  version: Scalars['Int']['output'];
};

/** The record a notification is about, resolved by the subgraph that owns it. */
export type NotificationSubject = Activity | Contract | Customer | Lead | Opportunity | Order | Ticket;

export type Opportunity = {
  __typename?: 'Opportunity';
  id: Scalars['ID']['output'];
};

export type Order = {
  __typename?: 'Order';
  id: Scalars['ID']['output'];
};

/** Relay-style page information of every connection of this subgraph. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  myNotificationPreferences: NotificationPreferences;
  /** The caller's notifications, newest first; unreadOnly leaves out those already read. */
  myNotifications: NotificationConnection;
  /** How many of the caller's notifications are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
  webhookDelivery: Maybe<WebhookDelivery>;
  webhookEndpoint: Maybe<WebhookEndpoint>;
  webhookEndpoints: WebhookEndpointConnection;
  /** The event types an endpoint may subscribe to. */
  webhookEventTypes: Array<Scalars['String']['output']>;
};

export type QueryMyNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type QueryWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};

export type QueryWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};

export type QueryWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RegisterWebhookEndpointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Event types of the catalogue to send; leave out for every type. */
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** `whsec_` and the base64 of 24 to 64 random bytes; leave out to get a generated one. */
  secret?: InputMaybe<Scalars['String']['input']>;
  /**
   * An http(s) URL on a public address (loopback, private, link-local, CGNAT and metadata addresses
   * are refused unless WEBHOOK_ALLOW_PRIVATE_TARGETS=true).
   */
  url: Scalars['String']['input'];
};

export type Ticket = {
  __typename?: 'Ticket';
  id: Scalars['ID']['output'];
};

/** One event for one endpoint, with every try. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attemptCount: Scalars['Int']['output'];
  attempts: Array<WebhookDeliveryAttempt>;
  createdAt: Scalars['DateTime']['output'];
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  endpointId: Scalars['ID']['output'];
  /** The CloudEvent's id, also the `webhook-id` header of every try. */
  eventId: Scalars['ID']['output'];
  eventType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastError: Maybe<Scalars['String']['output']>;
  lastStatusCode: Maybe<Scalars['Int']['output']>;
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryAttempt = {
  __typename?: 'WebhookDeliveryAttempt';
  /** 1 for the first try. */
  attempt: Scalars['Int']['output'];
  attemptedAt: Scalars['DateTime']['output'];
  durationMs: Scalars['Int']['output'];
  error: Maybe<Scalars['String']['output']>;
  /** The start of the answer's body (at most 2 KiB). */
  responseExcerpt: Maybe<Scalars['String']['output']>;
  /** The endpoint's answer; null when none came (refused address, connection error, timeout). */
  statusCode: Maybe<Scalars['Int']['output']>;
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

export type WebhookDeliveryStatus =
  | 'DELIVERED'
  /** Given up: a day of retries passed, or the endpoint was disabled. A replay can still send it. */
  | 'FAILED'
  /** A try is due at nextAttemptAt. */
  | 'PENDING';

export type WebhookDisabledReason = 'BY_ADMIN' | 'CONSECUTIVE_FAILURES';

/**
 * Where events are sent for an integration (issue 15 §5): each event of the chosen types is POSTed
 * as a CloudEvent, signed the Standard Webhooks way, and retried with backoff for up to a day.
 * Admins only.
 */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  /** Failed tries in a row; at WEBHOOK_DISABLE_AFTER_FAILURES the endpoint is disabled. */
  consecutiveFailures: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The delivery log, newest first. */
  deliveries: WebhookDeliveryConnection;
  description: Maybe<Scalars['String']['output']>;
  /** BY_ADMIN or CONSECUTIVE_FAILURES when disabled. */
  disabledReason: Maybe<WebhookDisabledReason>;
  enabled: Scalars['Boolean']['output'];
  /** The event types sent to it (`crm.sales.opportunity.won`…); null: every type. */
  eventTypes: Maybe<Array<Scalars['String']['output']>>;
  id: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/**
 * Where events are sent for an integration (issue 15 §5): each event of the chosen types is POSTed
 * as a CloudEvent, signed the Standard Webhooks way, and retried with backoff for up to a day.
 * Admins only.
 */
export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};

export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  edges: Array<WebhookEndpointEdge>;
  pageInfo: PageInfo;
};

export type WebhookEndpointEdge = {
  __typename?: 'WebhookEndpointEdge';
  cursor: Scalars['String']['output'];
  node: WebhookEndpoint;
};

/** An endpoint with its signing secret: shown on registration and rotation only. */
export type WebhookEndpointWithSecret = {
  __typename?: 'WebhookEndpointWithSecret';
  endpoint: WebhookEndpoint;
  /** `whsec_` and base64 (Standard Webhooks); verify each request's `webhook-signature` with it. */
  secret: Scalars['String']['output'];
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

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

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  NotificationSubject:
    | Partial<Activity>
    | Partial<Contract>
    | Partial<Customer>
    | Partial<Lead>
    | Partial<Opportunity>
    | Partial<Order>
    | Partial<Ticket>;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Activity: ResolverTypeWrapper<Partial<Activity>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  Contract: ResolverTypeWrapper<Partial<Contract>>;
  Customer: ResolverTypeWrapper<Partial<Customer>>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  Lead: ResolverTypeWrapper<Partial<Lead>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  Notification: ResolverTypeWrapper<NotificationRow>;
  NotificationChannel: ResolverTypeWrapper<Partial<NotificationChannel>>;
  NotificationConnection: ResolverTypeWrapper<
    Partial<Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversTypes['NotificationEdge']> }>
  >;
  NotificationEdge: ResolverTypeWrapper<
    Partial<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>
  >;
  NotificationKind: ResolverTypeWrapper<Partial<NotificationKind>>;
  NotificationKindPreference: ResolverTypeWrapper<Partial<NotificationKindPreference>>;
  NotificationPreferences: ResolverTypeWrapper<Partial<NotificationPreferences>>;
  NotificationSubject: Partial<
    ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['NotificationSubject']>
  >;
  Opportunity: ResolverTypeWrapper<Partial<Opportunity>>;
  Order: ResolverTypeWrapper<Partial<Order>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterWebhookEndpointInput: ResolverTypeWrapper<Partial<RegisterWebhookEndpointInput>>;
  Ticket: ResolverTypeWrapper<Partial<Ticket>>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryRow>;
  WebhookDeliveryAttempt: ResolverTypeWrapper<WebhookDeliveryAttemptRow>;
  WebhookDeliveryConnection: ResolverTypeWrapper<
    Partial<
      Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']> }
    >
  >;
  WebhookDeliveryEdge: ResolverTypeWrapper<
    Partial<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>
  >;
  WebhookDeliveryStatus: ResolverTypeWrapper<Partial<WebhookDeliveryStatus>>;
  WebhookDisabledReason: ResolverTypeWrapper<Partial<WebhookDisabledReason>>;
  WebhookEndpoint: ResolverTypeWrapper<WebhookEndpointRow>;
  WebhookEndpointConnection: ResolverTypeWrapper<
    Partial<
      Omit<WebhookEndpointConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookEndpointEdge']> }
    >
  >;
  WebhookEndpointEdge: ResolverTypeWrapper<
    Partial<Omit<WebhookEndpointEdge, 'node'> & { node: ResolversTypes['WebhookEndpoint'] }>
  >;
  WebhookEndpointWithSecret: ResolverTypeWrapper<EndpointWithSecretRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Activity: Partial<Activity>;
  ID: Partial<Scalars['ID']['output']>;
  Contract: Partial<Contract>;
  Customer: Partial<Customer>;
  DateTime: Partial<Scalars['DateTime']['output']>;
  Lead: Partial<Lead>;
  Mutation: Record<PropertyKey, never>;
  Int: Partial<Scalars['Int']['output']>;
  String: Partial<Scalars['String']['output']>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  Notification: NotificationRow;
  NotificationConnection: Partial<
    Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversParentTypes['NotificationEdge']> }
  >;
  NotificationEdge: Partial<Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] }>;
  NotificationKindPreference: Partial<NotificationKindPreference>;
  NotificationPreferences: Partial<NotificationPreferences>;
  NotificationSubject: Partial<ResolversUnionTypes<ResolversParentTypes>['NotificationSubject']>;
  Opportunity: Partial<Opportunity>;
  Order: Partial<Order>;
  PageInfo: Partial<PageInfo>;
  Query: Record<PropertyKey, never>;
  RegisterWebhookEndpointInput: Partial<RegisterWebhookEndpointInput>;
  Ticket: Partial<Ticket>;
  WebhookDelivery: WebhookDeliveryRow;
  WebhookDeliveryAttempt: WebhookDeliveryAttemptRow;
  WebhookDeliveryConnection: Partial<
    Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']> }
  >;
  WebhookDeliveryEdge: Partial<
    Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] }
  >;
  WebhookEndpoint: WebhookEndpointRow;
  WebhookEndpointConnection: Partial<
    Omit<WebhookEndpointConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookEndpointEdge']> }
  >;
  WebhookEndpointEdge: Partial<
    Omit<WebhookEndpointEdge, 'node'> & { node: ResolversParentTypes['WebhookEndpoint'] }
  >;
  WebhookEndpointWithSecret: EndpointWithSecretRow;
};

export type ActivityResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ContractResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['Contract'] = ResolversParentTypes['Contract'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CustomerResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type LeadResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  deleteWebhookEndpoint?: Resolver<
    ResolversTypes['ID'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteWebhookEndpointArgs, 'id'>
  >;
  disableWebhookEndpoint?: Resolver<
    ResolversTypes['WebhookEndpoint'],
    ParentType,
    ContextType,
    RequireFields<MutationDisableWebhookEndpointArgs, 'id'>
  >;
  enableWebhookEndpoint?: Resolver<
    ResolversTypes['WebhookEndpoint'],
    ParentType,
    ContextType,
    RequireFields<MutationEnableWebhookEndpointArgs, 'id'>
  >;
  markAllNotificationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  markNotificationRead?: Resolver<
    ResolversTypes['Notification'],
    ParentType,
    ContextType,
    RequireFields<MutationMarkNotificationReadArgs, 'id'>
  >;
  registerWebhookEndpoint?: Resolver<
    ResolversTypes['WebhookEndpointWithSecret'],
    ParentType,
    ContextType,
    RequireFields<MutationRegisterWebhookEndpointArgs, 'input'>
  >;
  replayWebhookDelivery?: Resolver<
    ResolversTypes['WebhookDelivery'],
    ParentType,
    ContextType,
    RequireFields<MutationReplayWebhookDeliveryArgs, 'id'>
  >;
  rotateWebhookSecret?: Resolver<
    ResolversTypes['WebhookEndpointWithSecret'],
    ParentType,
    ContextType,
    RequireFields<MutationRotateWebhookSecretArgs, 'id'>
  >;
  setNotificationChannel?: Resolver<
    ResolversTypes['NotificationPreferences'],
    ParentType,
    ContextType,
    RequireFields<MutationSetNotificationChannelArgs, 'channel' | 'kind'>
  >;
  setNotificationDigest?: Resolver<
    ResolversTypes['NotificationPreferences'],
    ParentType,
    ContextType,
    RequireFields<MutationSetNotificationDigestArgs, 'enabled'>
  >;
};

export type NotificationResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification'],
> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['NotificationSubject']>, ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationConnectionResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['NotificationConnection'] =
    ResolversParentTypes['NotificationConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type NotificationKindPreferenceResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['NotificationKindPreference'] =
    ResolversParentTypes['NotificationKindPreference'],
> = {
  channel?: Resolver<ResolversTypes['NotificationChannel'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
};

export type NotificationPreferencesResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['NotificationPreferences'] =
    ResolversParentTypes['NotificationPreferences'],
> = {
  dailyDigest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['NotificationKindPreference']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationSubjectResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['NotificationSubject'] =
    ResolversParentTypes['NotificationSubject'],
> = {
  __resolveType: TypeResolveFn<
    'Activity' | 'Contract' | 'Customer' | 'Lead' | 'Opportunity' | 'Order' | 'Ticket',
    ParentType,
    ContextType
  >;
};

export type OpportunityResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['Opportunity'] = ResolversParentTypes['Opportunity'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  myNotificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType>;
  myNotifications?: Resolver<
    ResolversTypes['NotificationConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryMyNotificationsArgs, 'first' | 'unreadOnly'>
  >;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  webhookDelivery?: Resolver<
    Maybe<ResolversTypes['WebhookDelivery']>,
    ParentType,
    ContextType,
    RequireFields<QueryWebhookDeliveryArgs, 'id'>
  >;
  webhookEndpoint?: Resolver<
    Maybe<ResolversTypes['WebhookEndpoint']>,
    ParentType,
    ContextType,
    RequireFields<QueryWebhookEndpointArgs, 'id'>
  >;
  webhookEndpoints?: Resolver<
    ResolversTypes['WebhookEndpointConnection'],
    ParentType,
    ContextType,
    Partial<QueryWebhookEndpointsArgs>
  >;
  webhookEventTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TicketResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery'],
> = {
  attemptCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attempts?: Resolver<Array<ResolversTypes['WebhookDeliveryAttempt']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endpointId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
};

export type WebhookDeliveryAttemptResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['WebhookDeliveryAttempt'] =
    ResolversParentTypes['WebhookDeliveryAttempt'],
> = {
  attempt?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attemptedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responseExcerpt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] =
    ResolversParentTypes['WebhookDeliveryConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] =
    ResolversParentTypes['WebhookDeliveryEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type WebhookEndpointResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['WebhookEndpoint'] = ResolversParentTypes['WebhookEndpoint'],
> = {
  consecutiveFailures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveries?: Resolver<
    ResolversTypes['WebhookDeliveryConnection'],
    ParentType,
    ContextType,
    Partial<WebhookEndpointDeliveriesArgs>
  >;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disabledReason?: Resolver<Maybe<ResolversTypes['WebhookDisabledReason']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  eventTypes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookEndpointConnectionResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['WebhookEndpointConnection'] =
    ResolversParentTypes['WebhookEndpointConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['WebhookEndpointEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type WebhookEndpointEdgeResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['WebhookEndpointEdge'] =
    ResolversParentTypes['WebhookEndpointEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
};

export type WebhookEndpointWithSecretResolvers<
  ContextType = NotificationContext,
  ParentType extends ResolversParentTypes['WebhookEndpointWithSecret'] =
    ResolversParentTypes['WebhookEndpointWithSecret'],
> = {
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = NotificationContext> = {
  Activity?: ActivityResolvers<ContextType>;
  Contract?: ContractResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Lead?: LeadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  NotificationKindPreference?: NotificationKindPreferenceResolvers<ContextType>;
  NotificationPreferences?: NotificationPreferencesResolvers<ContextType>;
  NotificationSubject?: NotificationSubjectResolvers<ContextType>;
  Opportunity?: OpportunityResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryAttempt?: WebhookDeliveryAttemptResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookEndpoint?: WebhookEndpointResolvers<ContextType>;
  WebhookEndpointConnection?: WebhookEndpointConnectionResolvers<ContextType>;
  WebhookEndpointEdge?: WebhookEndpointEdgeResolvers<ContextType>;
  WebhookEndpointWithSecret?: WebhookEndpointWithSecretResolvers<ContextType>;
};
