import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { User as UserRow } from '../data/user.entity';
import type { Team as TeamRow } from '../data/team.entity';
import type { IdentityContext } from '../identity-context';
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

/**
 * A signed-in session: send `Authorization: Bearer <accessToken>`; before it expires, trade the
 * refresh token for new ones with refreshAccessToken (each refresh token works once).
 */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** An ES256 JWT for the gateway, valid 15 minutes; its keys are at identity's /.well-known/jwks.json. */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** Opaque; valid 30 days, once. Keep it secret: it is the session. */
  refreshToken: Scalars['String']['output'];
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
  user: User;
};

export type CreateTeamInput = {
  /** Send the same key when retrying: the first result is returned, nothing is created twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** An active user who manages the team. */
  managerId: Scalars['ID']['input'];
  /** 1 to 200 characters; unique across teams. */
  name: Scalars['String']['input'];
};

export type CreateUserInput = {
  /** An email address; stored lower-cased. */
  email: Scalars['String']['input'];
  /** Send the same key when retrying: the first result is returned, nothing is created twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** At least 12 characters. Without one the user cannot log in until setPassword gives them one. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** At least one of the platform roles, e.g. ["SALES_REP"]. */
  roles: Array<Scalars['String']['input']>;
  /** The team to put the user in. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Moves a user into a team, or out of any team with teamId null (admins). */
  assignUserToTeam: User;
  /** Replaces a user's roles (admins); they apply from the user's next access token. */
  changeUserRoles: User;
  /** Adds a team under a manager (admins); CONFLICT if the name is taken. */
  createTeam: Team;
  /** Adds a user (admins); CONFLICT if another user has this email. */
  createUser: User;
  /**
   * Stops a user from logging in or refreshing (admins) and revokes their refresh tokens; access
   * tokens already issued expire within 15 minutes. Pass `version` to fail with CONFLICT if the user changed.
   */
  deactivateUser: User;
  /** Signs in; UNAUTHENTICATED with one message for any wrong email, password or inactive user. No token needed. */
  login: AuthPayload;
  /** Revokes the refresh token (ends the session); true even if it was already revoked. No token needed. */
  logout: Scalars['Boolean']['output'];
  /** Trades a refresh token for new tokens; reusing a spent one ends all the user's sessions. No token needed. */
  refreshAccessToken: AuthPayload;
  /**
   * Sets a password of at least 12 characters. Admins set anyone's; a user sets their own by giving
   * currentPassword. Every refresh token of that user is revoked: their sessions end.
   */
  setPassword: User;
};

export type MutationAssignUserToTeamArgs = {
  teamId?: InputMaybe<Scalars['ID']['input']>;
  userId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type MutationChangeUserRolesArgs = {
  id: Scalars['ID']['input'];
  roles: Array<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};

export type MutationCreateUserArgs = {
  input: CreateUserInput;
};

export type MutationDeactivateUserArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};

export type MutationRefreshAccessTokenArgs = {
  refreshToken: Scalars['String']['input'];
};

export type MutationSetPasswordArgs = {
  currentPassword?: InputMaybe<Scalars['String']['input']>;
  newPassword: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
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
  /** The user making the request; null when the token's subject is not a user of this directory. */
  me: Maybe<User>;
  /** The team with this id; NOT_FOUND if there is none. */
  team: Maybe<Team>;
  /** Teams, newest first, keyset-paginated. */
  teams: TeamConnection;
  /** The user with this id; NOT_FOUND if there is none. */
  user: Maybe<User>;
  /** Users, newest first, keyset-paginated. */
  users: UserConnection;
};

export type QueryTeamArgs = {
  id: Scalars['ID']['input'];
};

export type QueryTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};

export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A group of users under one manager, who also sees the records their members own. */
export type Team = {
  __typename?: 'Team';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  manager: User;
  /** The users assigned to the team, by name; the manager is a member only if assigned too. */
  members: Array<User>;
  /** Unique across teams, compared case-insensitively. */
  name: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type TeamConnection = {
  __typename?: 'TeamConnection';
  edges: Array<TeamEdge>;
  pageInfo: PageInfo;
};

export type TeamEdge = {
  __typename?: 'TeamEdge';
  cursor: Scalars['String']['output'];
  node: Team;
};

/** Someone who signs in to the CRM. Other services reference users by id (owner: User). */
export type User = {
  __typename?: 'User';
  /** False once the user may no longer sign in; their records keep pointing at them. */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Lower-cased; unique across users. */
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The manager of the user's team; null without a team, and for the team's own manager. */
  manager: Maybe<User>;
  name: Scalars['String']['output'];
  /** ADMIN, SALES_MANAGER, SALES_REP, SUPPORT_MANAGER, SUPPORT_AGENT, MARKETER, ANALYST or READ_ONLY. */
  roles: Array<Scalars['String']['output']>;
  /** The team the user works in; null when they are in none. */
  team: Maybe<Team>;
  /** Optimistic-locking version: pass it back on updates. */
  version: Scalars['Int']['output'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
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
  Team: Team;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Team: { __typename: 'Team' } & GraphQLRecursivePick<FederationTypes['Team'], { id: true }>;
  User: { __typename: 'User' } & GraphQLRecursivePick<FederationTypes['User'], { id: true }>;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AuthPayload: ResolverTypeWrapper<Partial<Omit<AuthPayload, 'user'> & { user: ResolversTypes['User'] }>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  CreateTeamInput: ResolverTypeWrapper<Partial<CreateTeamInput>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  CreateUserInput: ResolverTypeWrapper<Partial<CreateUserInput>>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Team: ResolverTypeWrapper<TeamRow>;
  TeamConnection: ResolverTypeWrapper<
    Partial<Omit<TeamConnection, 'edges'> & { edges: Array<ResolversTypes['TeamEdge']> }>
  >;
  TeamEdge: ResolverTypeWrapper<Partial<Omit<TeamEdge, 'node'> & { node: ResolversTypes['Team'] }>>;
  User: ResolverTypeWrapper<UserRow>;
  UserConnection: ResolverTypeWrapper<
    Partial<Omit<UserConnection, 'edges'> & { edges: Array<ResolversTypes['UserEdge']> }>
  >;
  UserEdge: ResolverTypeWrapper<Partial<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuthPayload: Partial<Omit<AuthPayload, 'user'> & { user: ResolversParentTypes['User'] }>;
  String: Partial<Scalars['String']['output']>;
  CreateTeamInput: Partial<CreateTeamInput>;
  ID: Partial<Scalars['ID']['output']>;
  CreateUserInput: Partial<CreateUserInput>;
  DateTime: Partial<Scalars['DateTime']['output']>;
  Mutation: Record<PropertyKey, never>;
  Int: Partial<Scalars['Int']['output']>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  PageInfo: Partial<PageInfo>;
  Query: Record<PropertyKey, never>;
  Team: TeamRow;
  TeamConnection: Partial<Omit<TeamConnection, 'edges'> & { edges: Array<ResolversParentTypes['TeamEdge']> }>;
  TeamEdge: Partial<Omit<TeamEdge, 'node'> & { node: ResolversParentTypes['Team'] }>;
  User: UserRow;
  UserConnection: Partial<Omit<UserConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserEdge']> }>;
  UserEdge: Partial<Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] }>;
};

export type AuthPayloadResolvers<
  ContextType = IdentityContext,
  ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload'],
> = {
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<
  ContextType = IdentityContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  assignUserToTeam?: Resolver<
    ResolversTypes['User'],
    ParentType,
    ContextType,
    RequireFields<MutationAssignUserToTeamArgs, 'userId'>
  >;
  changeUserRoles?: Resolver<
    ResolversTypes['User'],
    ParentType,
    ContextType,
    RequireFields<MutationChangeUserRolesArgs, 'id' | 'roles'>
  >;
  createTeam?: Resolver<
    ResolversTypes['Team'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateTeamArgs, 'input'>
  >;
  createUser?: Resolver<
    ResolversTypes['User'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateUserArgs, 'input'>
  >;
  deactivateUser?: Resolver<
    ResolversTypes['User'],
    ParentType,
    ContextType,
    RequireFields<MutationDeactivateUserArgs, 'id'>
  >;
  login?: Resolver<
    ResolversTypes['AuthPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationLoginArgs, 'email' | 'password'>
  >;
  logout?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<MutationLogoutArgs, 'refreshToken'>
  >;
  refreshAccessToken?: Resolver<
    ResolversTypes['AuthPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRefreshAccessTokenArgs, 'refreshToken'>
  >;
  setPassword?: Resolver<
    ResolversTypes['User'],
    ParentType,
    ContextType,
    RequireFields<MutationSetPasswordArgs, 'newPassword' | 'userId'>
  >;
};

export type PageInfoResolvers<
  ContextType = IdentityContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = IdentityContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType, RequireFields<QueryTeamArgs, 'id'>>;
  teams?: Resolver<
    ResolversTypes['TeamConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryTeamsArgs, 'first'>
  >;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  users?: Resolver<
    ResolversTypes['UserConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryUsersArgs, 'first'>
  >;
};

export type TeamResolvers<
  ContextType = IdentityContext,
  ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'],
  FederationReferenceType extends FederationReferenceTypes['Team'] = FederationReferenceTypes['Team'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Team']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  manager?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TeamConnectionResolvers<
  ContextType = IdentityContext,
  ParentType extends ResolversParentTypes['TeamConnection'] = ResolversParentTypes['TeamConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['TeamEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TeamEdgeResolvers<
  ContextType = IdentityContext,
  ParentType extends ResolversParentTypes['TeamEdge'] = ResolversParentTypes['TeamEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
};

export type UserResolvers<
  ContextType = IdentityContext,
  ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'],
  FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['User']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserConnectionResolvers<
  ContextType = IdentityContext,
  ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type UserEdgeResolvers<
  ContextType = IdentityContext,
  ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type Resolvers<ContextType = IdentityContext> = {
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  TeamConnection?: TeamConnectionResolvers<ContextType>;
  TeamEdge?: TeamEdgeResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
};
