import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Campaign as CampaignRow } from '../data/campaign.entity';
import type { ProductRecommendation as ProductRecommendationRow } from '../domain/product-ranking';
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

/**
 * A customer of the customer subgraph. Marketing's parts add what they know of it (segments,
 * loyalty, recommended products) with `extend type Customer` in their own files.
 */
export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
  /**
   * The next best products (cross-selling, issue 13 §7): co-purchase rules from what the customer bought
   * first, then what is popular in its group; never a product it already owns. `first`: 1 to 50.
   * Empty for a customer outside the caller's scope.
   */
  recommendedProducts: Maybe<Array<ProductRecommendation>>;
};

/**
 * A customer of the customer subgraph. Marketing's parts add what they know of it (segments,
 * loyalty, recommended products) with `extend type Customer` in their own files.
 */
export type CustomerRecommendedProductsArgs = {
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
  /** Creates a campaign in status DRAFT. */
  createCampaign: Campaign;
};

export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A product of the sales catalogue; sales resolves its fields. */
export type Product = {
  __typename?: 'Product';
  id: Scalars['ID']['output'];
};

/** A product the customer does not own yet, with the rule that chose it. */
export type ProductRecommendation = {
  __typename?: 'ProductRecommendation';
  product: Product;
  reason: RecommendationReason;
  /** CO_PURCHASE: the rule's confidence; POPULAR_IN_GROUP: the share of the group who bought it (0 to 1). */
  score: Scalars['Float']['output'];
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

/** Why a product is recommended. */
export type RecommendationKind =
  /** A co-purchase rule: customers who bought basedOnProduct also bought it. */
  | 'CO_PURCHASE'
  /** No rule applies: it is among the most bought products of the customer's group. */
  | 'POPULAR_IN_GROUP';

/** The rule that chose a recommended product, as of the model's last recomputation. */
export type RecommendationReason = {
  __typename?: 'RecommendationReason';
  /** CO_PURCHASE: the product the customer owns that the rule starts from. */
  basedOnProduct: Maybe<Product>;
  /** When the rule or ranking was computed (MARKETING_RECOMMENDATION_CRON). */
  computedAt: Scalars['DateTime']['output'];
  /** CO_PURCHASE: share of basedOnProduct's buyers who also bought this product. */
  confidence: Maybe<Scalars['Float']['output']>;
  /** POPULAR_IN_GROUP: the group, e.g. "tier A · RETAIL · EMEA" or "all customers". */
  group: Maybe<Scalars['String']['output']>;
  kind: RecommendationKind;
  /** CO_PURCHASE: how many times likelier buying basedOnProduct makes this product (above 1: they go together). */
  lift: Maybe<Scalars['Float']['output']>;
  /** CO_PURCHASE: share of all customers who bought both products. */
  support: Maybe<Scalars['Float']['output']>;
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
  Campaign: ResolverTypeWrapper<CampaignRow>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  CampaignConnection: ResolverTypeWrapper<
    Partial<Omit<CampaignConnection, 'edges'> & { edges: Array<ResolversTypes['CampaignEdge']> }>
  >;
  CampaignEdge: ResolverTypeWrapper<
    Partial<Omit<CampaignEdge, 'node'> & { node: ResolversTypes['Campaign'] }>
  >;
  CampaignStatus: ResolverTypeWrapper<Partial<CampaignStatus>>;
  CreateCampaignInput: ResolverTypeWrapper<Partial<CreateCampaignInput>>;
  Customer: ResolverTypeWrapper<{ id: string }>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  LocalDate: ResolverTypeWrapper<Partial<Scalars['LocalDate']['output']>>;
  Money: ResolverTypeWrapper<Partial<Money>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  Product: ResolverTypeWrapper<Partial<Product>>;
  ProductRecommendation: ResolverTypeWrapper<ProductRecommendationRow>;
  Float: ResolverTypeWrapper<Partial<Scalars['Float']['output']>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecommendationKind: ResolverTypeWrapper<Partial<RecommendationKind>>;
  RecommendationReason: ResolverTypeWrapper<Partial<RecommendationReason>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Campaign: CampaignRow;
  ID: Partial<Scalars['ID']['output']>;
  String: Partial<Scalars['String']['output']>;
  Int: Partial<Scalars['Int']['output']>;
  CampaignConnection: Partial<
    Omit<CampaignConnection, 'edges'> & { edges: Array<ResolversParentTypes['CampaignEdge']> }
  >;
  CampaignEdge: Partial<Omit<CampaignEdge, 'node'> & { node: ResolversParentTypes['Campaign'] }>;
  CreateCampaignInput: Partial<CreateCampaignInput>;
  Customer: { id: string };
  DateTime: Partial<Scalars['DateTime']['output']>;
  LocalDate: Partial<Scalars['LocalDate']['output']>;
  Money: Partial<Money>;
  Mutation: Record<PropertyKey, never>;
  PageInfo: Partial<PageInfo>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  Product: Partial<Product>;
  ProductRecommendation: ProductRecommendationRow;
  Float: Partial<Scalars['Float']['output']>;
  Query: Record<PropertyKey, never>;
  RecommendationReason: Partial<RecommendationReason>;
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
  recommendedProducts?: Resolver<
    Maybe<Array<ResolversTypes['ProductRecommendation']>>,
    ParentType,
    ContextType,
    RequireFields<CustomerRecommendedProductsArgs, 'first'>
  >;
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
  createCampaign?: Resolver<
    ResolversTypes['Campaign'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateCampaignArgs, 'input'>
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

export type ProductResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ProductRecommendationResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['ProductRecommendation'] =
    ResolversParentTypes['ProductRecommendation'],
> = {
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['RecommendationReason'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
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

export type RecommendationReasonResolvers<
  ContextType = MarketingContext,
  ParentType extends ResolversParentTypes['RecommendationReason'] =
    ResolversParentTypes['RecommendationReason'],
> = {
  basedOnProduct?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RecommendationKind'], ParentType, ContextType>;
  lift?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  support?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = MarketingContext> = {
  Campaign?: CampaignResolvers<ContextType>;
  CampaignConnection?: CampaignConnectionResolvers<ContextType>;
  CampaignEdge?: CampaignEdgeResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  LocalDate?: GraphQLScalarType;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductRecommendation?: ProductRecommendationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecommendationReason?: RecommendationReasonResolvers<ContextType>;
};
