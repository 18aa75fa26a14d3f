import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Ticket as TicketRow } from '../data/ticket.entity';
import type { Article as ArticleRow } from '../data/article.entity';
import type { ArticleCategory as ArticleCategoryRow } from '../data/article-category.entity';
import type { ArticleVersion as ArticleVersionRow } from '../data/article-version.entity';
import type { ArticleHit as ArticleHitRow } from '../data/article-search.repository';
import type { TicketArticle as TicketArticleRow } from '../data/ticket-article.entity';
import type { Feedback as FeedbackRow } from '../data/feedback.entity';
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

/** A solution in the knowledge base (解决方案库): agents link it to the tickets it solved. */
export type Article = {
  __typename?: 'Article';
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  author: Maybe<User>;
  /** Plain text. */
  body: Scalars['String']['output'];
  category: Maybe<ArticleCategory>;
  createdAt: Scalars['DateTime']['output'];
  /** The number of the text shown now; a draft's edits stay in version 1 until it is published. */
  currentVersion: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** How many tickets this article solved ('this solved it' on linkArticleToTicket). */
  solvedCount: Scalars['Int']['output'];
  status: ArticleStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version of the row: pass it back on updates. */
  version: Scalars['Int']['output'];
  /** Every version of the text, newest first. */
  versions: Array<ArticleVersion>;
};

/** A group of articles, e.g. Billing or 退款. */
export type ArticleCategory = {
  __typename?: 'ArticleCategory';
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type ArticleFilter = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ArticleStatus>;
};

/** How a search hit was found: by Postgres full-text search, or by the trigram/substring fallback for text the parsers do not split into words (Chinese, Japanese...) and for misspellings. */
export type ArticleMatch = 'FULL_TEXT' | 'TRIGRAM';

/**
 * An article found by a search or suggested for a ticket. The highlights are the article's plain text
 * with the matched words wrapped in <mark>…</mark>; escape the text before showing it as HTML.
 */
export type ArticleSearchHit = {
  __typename?: 'ArticleSearchHit';
  article: Article;
  /** A short passage of the body around the matches. */
  bodyHighlight: Scalars['String']['output'];
  matchedBy: ArticleMatch;
  /** Higher is better; comparable only within one answer (ts_rank_cd for FULL_TEXT, matched terms for TRIGRAM). */
  rank: Scalars['Float']['output'];
  titleHighlight: Scalars['String']['output'];
};

/** Where a knowledge-base article is in its life: written as a DRAFT, PUBLISHED for agents and suggestions, ARCHIVED when it no longer applies. */
export type ArticleStatus = 'ARCHIVED' | 'DRAFT' | 'PUBLISHED';

/** One version of an article's text: version 1 is the first published text; every edit of a published article adds the next. */
export type ArticleVersion = {
  __typename?: 'ArticleVersion';
  body: Scalars['String']['output'];
  category: Maybe<ArticleCategory>;
  createdAt: Scalars['DateTime']['output'];
  /** Who wrote this version (an identity user). */
  editedBy: Maybe<User>;
  number: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type CreateArticleCategoryInput = {
  /** At most 1,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 100 characters, unique. */
  name: Scalars['String']['input'];
};

export type CreateArticleInput = {
  /** Plain text, 1 to 100,000 characters. */
  body: Scalars['String']['input'];
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Send the same key when retrying: the first result is returned, nothing is created twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 200 characters. */
  title: Scalars['String']['input'];
};

export type Customer = {
  __typename?: 'Customer';
  /** This customer's feedback, newest first. Null when the service subgraph is unavailable. */
  feedback: Maybe<FeedbackConnection>;
  id: Scalars['ID']['output'];
  /** This customer's tickets, newest first. Null when the service subgraph is unavailable. */
  tickets: Maybe<TicketConnection>;
};

export type CustomerFeedbackArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CustomerTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A suggestion or praise a customer gave, recorded by staff. */
export type Feedback = {
  __typename?: 'Feedback';
  /** What the customer said; [erased] once the customer was erased (GDPR). */
  body: Scalars['String']['output'];
  category: FeedbackCategory;
  /** The customer's contact who gave it, when known (customer's Contact id). */
  contactId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  customer: Customer;
  id: Scalars['ID']['output'];
  /** When the customer gave it: the period filters use this. */
  receivedAt: Scalars['DateTime']['output'];
  recordedBy: Maybe<User>;
  /** The ticket it came up in, if any. */
  ticket: Maybe<Ticket>;
  version: Scalars['Int']['output'];
};

/** What a customer's feedback is (投诉与反馈: complaints are tickets of category COMPLAINT). */
export type FeedbackCategory = 'PRAISE' | 'SUGGESTION';

export type FeedbackConnection = {
  __typename?: 'FeedbackConnection';
  edges: Array<FeedbackEdge>;
  pageInfo: PageInfo;
};

export type FeedbackEdge = {
  __typename?: 'FeedbackEdge';
  cursor: Scalars['String']['output'];
  node: Feedback;
};

/** Received in [from, to): from inclusive, to exclusive. */
export type FeedbackFilter = {
  category?: InputMaybe<FeedbackCategory>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** PUBLISHED → ARCHIVED: no longer searched or suggested; its links and solved count stay. */
  archiveArticle: Article;
  /** Writes a new article as a DRAFT. */
  createArticle: Article;
  createArticleCategory: ArticleCategory;
  /** Links a published article to a ticket's resolution; linking again changes solvedIt. */
  linkArticleToTicket: TicketArticleLink;
  /** Opens a ticket for a customer, in status NEW. */
  openTicket: Ticket;
  /** DRAFT → PUBLISHED. */
  publishArticle: Article;
  /** Records a customer's suggestion or praise. */
  recordFeedback: Feedback;
  /** Edits a draft in place; an edit of a PUBLISHED article makes its next version. ARCHIVED articles are final. */
  updateArticle: Article;
};

export type MutationArchiveArticleArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type MutationCreateArticleArgs = {
  input: CreateArticleInput;
};

export type MutationCreateArticleCategoryArgs = {
  input: CreateArticleCategoryInput;
};

export type MutationLinkArticleToTicketArgs = {
  articleId: Scalars['ID']['input'];
  solvedIt?: InputMaybe<Scalars['Boolean']['input']>;
  ticketId: Scalars['ID']['input'];
};

export type MutationOpenTicketArgs = {
  input: OpenTicketInput;
};

export type MutationPublishArticleArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type MutationRecordFeedbackArgs = {
  input: RecordFeedbackInput;
};

export type MutationUpdateArticleArgs = {
  id: Scalars['ID']['input'];
  input: UpdateArticleInput;
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

export type Query = {
  __typename?: 'Query';
  /** The article with this id; NOT_FOUND if there is none. */
  article: Maybe<Article>;
  articleCategories: Array<ArticleCategory>;
  /** Articles, most recently changed first. */
  articles: ArticleConnection;
  /** Feedback, newest first, by category, customer and period. */
  feedback: FeedbackConnection;
  /** Published articles matching the words (1 to 200 characters), best first: full-text ranked, trigram fallback. */
  searchArticles: Array<ArticleSearchHit>;
  /** The ticket with this id; NOT_FOUND if there is none. */
  ticket: Maybe<Ticket>;
};

export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};

export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryFeedbackArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FeedbackFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QuerySearchArticlesArgs = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};

export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};

export type RecordFeedbackInput = {
  /** 1 to 5,000 characters. */
  body: Scalars['String']['input'];
  category: FeedbackCategory;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  customerId: Scalars['ID']['input'];
  /** Send the same key when retrying: the first result is returned, nothing is recorded twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When the customer gave it; default now, never in the future. */
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A ticket of the same customer. */
  ticketId?: InputMaybe<Scalars['ID']['input']>;
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
  /** The articles linked to this ticket's resolution. */
  linkedArticles: Maybe<Array<TicketArticleLink>>;
  priority: TicketPriority;
  /** The support team whose queue holds the ticket; its agents work it. Null: in no queue yet. */
  queue: Maybe<Team>;
  status: TicketStatus;
  subject: Scalars['String']['output'];
  /** Published articles that match the ticket's subject and description, best first. */
  suggestedArticles: Maybe<Array<ArticleSearchHit>>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version: pass it back on updates. */
  version: Scalars['Int']['output'];
};

/** A customer's case: a question, an incident or a complaint the support team works on. */
export type TicketSuggestedArticlesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An article linked to a ticket's resolution. */
export type TicketArticleLink = {
  __typename?: 'TicketArticleLink';
  article: Article;
  linkedAt: Scalars['DateTime']['output'];
  /** The agent said the article solved the ticket: it counts in Article.solvedCount. */
  solvedIt: Scalars['Boolean']['output'];
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

/** What to change; omitted fields stay. categoryId: null takes the article out of its category. */
export type UpdateArticleInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A user of identity's, referenced by id (authors, agents). */
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
  Article: Article;
  Customer: Customer;
  Feedback: Feedback;
  Ticket: Ticket;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Article: { __typename: 'Article' } & GraphQLRecursivePick<FederationTypes['Article'], { id: true }>;
  Customer: { __typename: 'Customer' } & GraphQLRecursivePick<FederationTypes['Customer'], { id: true }>;
  Feedback: { __typename: 'Feedback' } & GraphQLRecursivePick<FederationTypes['Feedback'], { id: true }>;
  Ticket: { __typename: 'Ticket' } & GraphQLRecursivePick<FederationTypes['Ticket'], { id: true }>;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Article: ResolverTypeWrapper<ArticleRow>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  ArticleCategory: ResolverTypeWrapper<ArticleCategoryRow>;
  ArticleConnection: ResolverTypeWrapper<
    Partial<Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversTypes['ArticleEdge']> }>
  >;
  ArticleEdge: ResolverTypeWrapper<Partial<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>>;
  ArticleFilter: ResolverTypeWrapper<Partial<ArticleFilter>>;
  ArticleMatch: ResolverTypeWrapper<Partial<ArticleMatch>>;
  ArticleSearchHit: ResolverTypeWrapper<ArticleHitRow>;
  Float: ResolverTypeWrapper<Partial<Scalars['Float']['output']>>;
  ArticleStatus: ResolverTypeWrapper<Partial<ArticleStatus>>;
  ArticleVersion: ResolverTypeWrapper<ArticleVersionRow>;
  CreateArticleCategoryInput: ResolverTypeWrapper<Partial<CreateArticleCategoryInput>>;
  CreateArticleInput: ResolverTypeWrapper<Partial<CreateArticleInput>>;
  Customer: ResolverTypeWrapper<{ id: string }>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  Feedback: ResolverTypeWrapper<FeedbackRow>;
  FeedbackCategory: ResolverTypeWrapper<Partial<FeedbackCategory>>;
  FeedbackConnection: ResolverTypeWrapper<
    Partial<Omit<FeedbackConnection, 'edges'> & { edges: Array<ResolversTypes['FeedbackEdge']> }>
  >;
  FeedbackEdge: ResolverTypeWrapper<
    Partial<Omit<FeedbackEdge, 'node'> & { node: ResolversTypes['Feedback'] }>
  >;
  FeedbackFilter: ResolverTypeWrapper<Partial<FeedbackFilter>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  OpenTicketInput: ResolverTypeWrapper<Partial<OpenTicketInput>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordFeedbackInput: ResolverTypeWrapper<Partial<RecordFeedbackInput>>;
  Team: ResolverTypeWrapper<Partial<Team>>;
  Ticket: ResolverTypeWrapper<TicketRow>;
  TicketArticleLink: ResolverTypeWrapper<TicketArticleRow>;
  TicketConnection: ResolverTypeWrapper<
    Partial<Omit<TicketConnection, 'edges'> & { edges: Array<ResolversTypes['TicketEdge']> }>
  >;
  TicketEdge: ResolverTypeWrapper<Partial<Omit<TicketEdge, 'node'> & { node: ResolversTypes['Ticket'] }>>;
  TicketPriority: ResolverTypeWrapper<Partial<TicketPriority>>;
  TicketStatus: ResolverTypeWrapper<Partial<TicketStatus>>;
  UpdateArticleInput: ResolverTypeWrapper<Partial<UpdateArticleInput>>;
  User: ResolverTypeWrapper<Partial<User>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: ArticleRow;
  String: Partial<Scalars['String']['output']>;
  Int: Partial<Scalars['Int']['output']>;
  ID: Partial<Scalars['ID']['output']>;
  ArticleCategory: ArticleCategoryRow;
  ArticleConnection: Partial<
    Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArticleEdge']> }
  >;
  ArticleEdge: Partial<Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] }>;
  ArticleFilter: Partial<ArticleFilter>;
  ArticleSearchHit: ArticleHitRow;
  Float: Partial<Scalars['Float']['output']>;
  ArticleVersion: ArticleVersionRow;
  CreateArticleCategoryInput: Partial<CreateArticleCategoryInput>;
  CreateArticleInput: Partial<CreateArticleInput>;
  Customer: { id: string };
  DateTime: Partial<Scalars['DateTime']['output']>;
  Feedback: FeedbackRow;
  FeedbackConnection: Partial<
    Omit<FeedbackConnection, 'edges'> & { edges: Array<ResolversParentTypes['FeedbackEdge']> }
  >;
  FeedbackEdge: Partial<Omit<FeedbackEdge, 'node'> & { node: ResolversParentTypes['Feedback'] }>;
  FeedbackFilter: Partial<FeedbackFilter>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  OpenTicketInput: Partial<OpenTicketInput>;
  PageInfo: Partial<PageInfo>;
  Query: Record<PropertyKey, never>;
  RecordFeedbackInput: Partial<RecordFeedbackInput>;
  Team: Partial<Team>;
  Ticket: TicketRow;
  TicketArticleLink: TicketArticleRow;
  TicketConnection: Partial<
    Omit<TicketConnection, 'edges'> & { edges: Array<ResolversParentTypes['TicketEdge']> }
  >;
  TicketEdge: Partial<Omit<TicketEdge, 'node'> & { node: ResolversParentTypes['Ticket'] }>;
  UpdateArticleInput: Partial<UpdateArticleInput>;
  User: Partial<User>;
};

export type ArticleResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article'],
  FederationReferenceType extends FederationReferenceTypes['Article'] = FederationReferenceTypes['Article'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Article']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['ArticleCategory']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  solvedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ArticleStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['ArticleVersion']>, ParentType, ContextType>;
};

export type ArticleCategoryResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['ArticleCategory'] = ResolversParentTypes['ArticleCategory'],
> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArticleConnectionResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type ArticleSearchHitResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['ArticleSearchHit'] = ResolversParentTypes['ArticleSearchHit'],
> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  bodyHighlight?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchedBy?: Resolver<ResolversTypes['ArticleMatch'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  titleHighlight?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArticleVersionResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['ArticleVersion'] = ResolversParentTypes['ArticleVersion'],
> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['ArticleCategory']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  editedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  feedback?: Resolver<
    Maybe<ResolversTypes['FeedbackConnection']>,
    ParentType,
    ContextType,
    RequireFields<CustomerFeedbackArgs, 'first'>
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

export type FeedbackResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['Feedback'] = ResolversParentTypes['Feedback'],
  FederationReferenceType extends FederationReferenceTypes['Feedback'] = FederationReferenceTypes['Feedback'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Feedback']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['FeedbackCategory'], ParentType, ContextType>;
  contactId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FeedbackConnectionResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['FeedbackConnection'] = ResolversParentTypes['FeedbackConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['FeedbackEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type FeedbackEdgeResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['FeedbackEdge'] = ResolversParentTypes['FeedbackEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Feedback'], ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  archiveArticle?: Resolver<
    ResolversTypes['Article'],
    ParentType,
    ContextType,
    RequireFields<MutationArchiveArticleArgs, 'id' | 'version'>
  >;
  createArticle?: Resolver<
    ResolversTypes['Article'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateArticleArgs, 'input'>
  >;
  createArticleCategory?: Resolver<
    ResolversTypes['ArticleCategory'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateArticleCategoryArgs, 'input'>
  >;
  linkArticleToTicket?: Resolver<
    ResolversTypes['TicketArticleLink'],
    ParentType,
    ContextType,
    RequireFields<MutationLinkArticleToTicketArgs, 'articleId' | 'solvedIt' | 'ticketId'>
  >;
  openTicket?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationOpenTicketArgs, 'input'>
  >;
  publishArticle?: Resolver<
    ResolversTypes['Article'],
    ParentType,
    ContextType,
    RequireFields<MutationPublishArticleArgs, 'id' | 'version'>
  >;
  recordFeedback?: Resolver<
    ResolversTypes['Feedback'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordFeedbackArgs, 'input'>
  >;
  updateArticle?: Resolver<
    ResolversTypes['Article'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateArticleArgs, 'id' | 'input' | 'version'>
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
  article?: Resolver<
    Maybe<ResolversTypes['Article']>,
    ParentType,
    ContextType,
    RequireFields<QueryArticleArgs, 'id'>
  >;
  articleCategories?: Resolver<Array<ResolversTypes['ArticleCategory']>, ParentType, ContextType>;
  articles?: Resolver<
    ResolversTypes['ArticleConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryArticlesArgs, 'first'>
  >;
  feedback?: Resolver<
    ResolversTypes['FeedbackConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryFeedbackArgs, 'first'>
  >;
  searchArticles?: Resolver<
    Array<ResolversTypes['ArticleSearchHit']>,
    ParentType,
    ContextType,
    RequireFields<QuerySearchArticlesArgs, 'first' | 'query'>
  >;
  ticket?: Resolver<
    Maybe<ResolversTypes['Ticket']>,
    ParentType,
    ContextType,
    RequireFields<QueryTicketArgs, 'id'>
  >;
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
  linkedArticles?: Resolver<Maybe<Array<ResolversTypes['TicketArticleLink']>>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  queue?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suggestedArticles?: Resolver<
    Maybe<Array<ResolversTypes['ArticleSearchHit']>>,
    ParentType,
    ContextType,
    RequireFields<TicketSuggestedArticlesArgs, 'first'>
  >;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TicketArticleLinkResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['TicketArticleLink'] = ResolversParentTypes['TicketArticleLink'],
> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  linkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  solvedIt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type UserResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ServiceContext> = {
  Article?: ArticleResolvers<ContextType>;
  ArticleCategory?: ArticleCategoryResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  ArticleSearchHit?: ArticleSearchHitResolvers<ContextType>;
  ArticleVersion?: ArticleVersionResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Feedback?: FeedbackResolvers<ContextType>;
  FeedbackConnection?: FeedbackConnectionResolvers<ContextType>;
  FeedbackEdge?: FeedbackEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TicketArticleLink?: TicketArticleLinkResolvers<ContextType>;
  TicketConnection?: TicketConnectionResolvers<ContextType>;
  TicketEdge?: TicketEdgeResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};
