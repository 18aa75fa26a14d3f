import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { QueueView as QueueViewRow } from '../data/queue-view.repository';
import type { QueueAssignmentRule as QueueAssignmentRuleRow } from '../data/queue-assignment-rule.entity';
import type { QueueMailbox as QueueMailboxRow } from '../data/queue-mailbox.entity';
import type { Ticket as TicketRow } from '../data/ticket.entity';
import type { TicketComment as TicketCommentRow } from '../data/ticket-comment.entity';
import type { TicketStatusChange as TicketStatusChangeRow } from '../data/ticket-status-change.entity';
import type { TicketSlaView as TicketSlaViewRow } from '../data/ticket-sla.loader';
import type { TargetClock as TargetClockRow } from '../domain/sla/ticket-sla';
import type { SlaPolicy as SlaPolicyRow } from '../data/sla-policy.entity';
import type { BusinessCalendarRow as BusinessCalendarRowRow } from '../data/business-calendar.entity';
import type { OpeningHours as OpeningHoursRow } from '../domain/sla/business-calendar';
import type { Survey as SurveyRow } from '../data/survey.entity';
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

export type AgentSatisfaction = {
  __typename?: 'AgentSatisfaction';
  /** The agent the ticket was assigned to when it was resolved; null: nobody was. */
  agent: Maybe<User>;
  scores: SatisfactionScores;
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

export type AssignTicketInput = {
  /** An active support agent of the ticket's queue (or of queueId), or that team's manager. */
  assigneeId: Scalars['ID']['input'];
  /** Moves the ticket to this queue too. */
  queueId?: InputMaybe<Scalars['ID']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  ticketId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** How a queue picks the agent of a new ticket. */
export type AssignmentRuleKind =
  /** Each category has its agent; other categories wait in the queue. */
  | 'CATEGORY'
  /** The agent with the fewest open tickets. */
  | 'LEAST_OPEN'
  /** Agents take turns. */
  | 'ROUND_ROBIN';

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

export type CategoryAgent = {
  __typename?: 'CategoryAgent';
  agent: User;
  category: TicketCategory;
};

export type CategoryAgentInput = {
  agentId: Scalars['ID']['input'];
  category: TicketCategory;
};

export type ChangeTicketPriorityInput = {
  priority: TicketPriority;
  ticketId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type CommentAuthorKind = 'AGENT' | 'CUSTOMER';

export type CommentVisibility =
  /** For agents and managers only. */
  | 'INTERNAL'
  /** The customer sees it (it is mailed to the requester). */
  | 'PUBLIC';

/** How bad a complaint is. */
export type ComplaintSeverity = 'CRITICAL' | 'MAJOR' | 'MINOR';

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
  /** How satisfied the customer's requesters were with support. Null when the service subgraph is unavailable. */
  satisfaction: Maybe<CustomerSatisfaction>;
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

export type MergeTicketInput = {
  /** The duplicate: closed, its comments move to intoId. */
  duplicateId: Scalars['ID']['input'];
  /** The ticket that carries on. */
  intoId: Scalars['ID']['input'];
  /** The duplicate's version you read. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Moves a ticket in its lifecycle: IN_PROGRESS (start, or reopen a RESOLVED ticket within the
 * reopen window), WAITING_ON_CUSTOMER, RESOLVED, CLOSED, ARCHIVED. ASSIGNED comes with assignTicket.
 */
export type MoveTicketInput = {
  /** Required to close a COMPLAINT. At most 10,000 characters. */
  correctiveAction?: InputMaybe<Scalars['String']['input']>;
  /** Why: kept in the ticket's history. At most 2,000 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** What fixed it (to RESOLVED). At most 10,000 characters. */
  resolution?: InputMaybe<Scalars['String']['input']>;
  /** Required to close a COMPLAINT. At most 10,000 characters. */
  rootCause?: InputMaybe<Scalars['String']['input']>;
  ticketId: Scalars['ID']['input'];
  to: TicketStatus;
  /** The version you read; CONFLICT when the ticket changed since. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** DRAFT → ACTIVE: it goes out with its queue's resolved tickets, replacing (retiring) the queue's active survey. */
  activateSurvey: Survey;
  /** An internal note for the team; the customer never sees it. */
  addTicketNote: TicketComment;
  /**
   * Public, no login: records the customer's answers with the token of their invitation mail, once.
   * A used link is CONFLICT with `extensions.reason` SURVEY_ALREADY_ANSWERED, an expired one
   * SURVEY_LINK_EXPIRED, a withdrawn one (the customer was erased) SURVEY_LINK_WITHDRAWN; an unknown
   * token is NOT_FOUND.
   */
  answerSurvey: SurveyAnswerReceipt;
  /** PUBLISHED → ARCHIVED: no longer searched or suggested; its links and solved count stay. */
  archiveArticle: Article;
  /** Gives the ticket to an agent; a NEW ticket becomes ASSIGNED. */
  assignTicket: Ticket;
  changeTicketPriority: Ticket;
  /** Writes a new article as a DRAFT. */
  createArticle: Article;
  createArticleCategory: ArticleCategory;
  /** Adds a queue's calendar, or the default one; one per queue. Open tickets are re-timed. */
  createBusinessCalendar: BusinessCalendar;
  /** Adds the policy of a priority (and queue, tier); one per queue, priority and tier. Open tickets are re-timed. */
  createSlaPolicy: SlaPolicy;
  /** Designs a survey, in status DRAFT. */
  createSurvey: Survey;
  /** Links a published article to a ticket's resolution; linking again changes solvedIt. */
  linkArticleToTicket: TicketArticleLink;
  /** Closes the duplicate into the other ticket and returns the ticket that carries on. */
  mergeTicket: Ticket;
  moveTicket: Ticket;
  /** Opens a ticket for a customer, in status NEW. */
  openTicket: Ticket;
  /** DRAFT → PUBLISHED. */
  publishArticle: Article;
  /** Records a customer's suggestion or praise. */
  recordFeedback: Feedback;
  /** A public reply to the customer: the first one stops the first-response SLA. */
  replyToTicket: TicketComment;
  /** ACTIVE → RETIRED: no more invitations for it. */
  retireSurvey: Survey;
  /** Sets how a queue assigns its new tickets (support managers). */
  setQueueAssignmentRule: Queue;
  /** Sets a queue's mail address. Support managers and admins. */
  setQueueMailbox: QueueMailbox;
  /** Edits a draft in place; an edit of a PUBLISHED article makes its next version. ARCHIVED articles are final. */
  updateArticle: Article;
  /** Replaces a calendar; pass the version you read. Open tickets are re-timed. */
  updateBusinessCalendar: BusinessCalendar;
  /** Replaces a policy's terms; pass the version you read. Open tickets are re-timed. */
  updateSlaPolicy: SlaPolicy;
  /** Changes a DRAFT survey; pass the version you read (CONFLICT when it moved on). */
  updateSurvey: Survey;
};

export type MutationActivateSurveyArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type MutationAddTicketNoteArgs = {
  input: ReplyToTicketInput;
};

export type MutationAnswerSurveyArgs = {
  answers: Array<SurveyAnswerInput>;
  token: Scalars['String']['input'];
};

export type MutationArchiveArticleArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type MutationAssignTicketArgs = {
  input: AssignTicketInput;
};

export type MutationChangeTicketPriorityArgs = {
  input: ChangeTicketPriorityInput;
};

export type MutationCreateArticleArgs = {
  input: CreateArticleInput;
};

export type MutationCreateArticleCategoryArgs = {
  input: CreateArticleCategoryInput;
};

export type MutationCreateBusinessCalendarArgs = {
  input: BusinessCalendarInput;
};

export type MutationCreateSlaPolicyArgs = {
  input: SlaPolicyInput;
};

export type MutationCreateSurveyArgs = {
  input: SurveyInput;
};

export type MutationLinkArticleToTicketArgs = {
  articleId: Scalars['ID']['input'];
  solvedIt?: InputMaybe<Scalars['Boolean']['input']>;
  ticketId: Scalars['ID']['input'];
};

export type MutationMergeTicketArgs = {
  input: MergeTicketInput;
};

export type MutationMoveTicketArgs = {
  input: MoveTicketInput;
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

export type MutationReplyToTicketArgs = {
  input: ReplyToTicketInput;
};

export type MutationRetireSurveyArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type MutationSetQueueAssignmentRuleArgs = {
  input: SetQueueAssignmentRuleInput;
};

export type MutationSetQueueMailboxArgs = {
  input: SetQueueMailboxInput;
};

export type MutationUpdateArticleArgs = {
  id: Scalars['ID']['input'];
  input: UpdateArticleInput;
  version: Scalars['Int']['input'];
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

export type MutationUpdateSurveyArgs = {
  id: Scalars['ID']['input'];
  input: SurveyInput;
  version: Scalars['Int']['input'];
};

export type OpenTicketInput = {
  category?: InputMaybe<TicketCategory>;
  customerId: Scalars['ID']['input'];
  /** At most 10,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Send the same key when retrying: the first result is returned, nothing is created twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<TicketPriority>;
  /** The support team whose queue takes the ticket. Agents may only use their own team's, which is the default for them. */
  queueId?: InputMaybe<Scalars['ID']['input']>;
  /** The customer's contact who asked, when known. */
  requesterContactId?: InputMaybe<Scalars['ID']['input']>;
  /** Where public replies are mailed. */
  requesterEmail?: InputMaybe<Scalars['String']['input']>;
  requesterName?: InputMaybe<Scalars['String']['input']>;
  /** Required for a COMPLAINT, refused for other categories. */
  severity?: InputMaybe<ComplaintSeverity>;
  /** Where the ticket came from; MANUAL when an agent types it in. */
  source?: InputMaybe<TicketSource>;
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

export type PeriodSatisfaction = {
  __typename?: 'PeriodSatisfaction';
  /** The first instant of the period (UTC): a day, a Monday or the first of a month. */
  periodStart: Scalars['DateTime']['output'];
  scores: SatisfactionScores;
};

export type Query = {
  __typename?: 'Query';
  /** The article with this id; NOT_FOUND if there is none. */
  article: Maybe<Article>;
  articleCategories: Array<ArticleCategory>;
  /** Articles, most recently changed first. */
  articles: ArticleConnection;
  /** Every business calendar, the default first. */
  businessCalendars: Array<BusinessCalendar>;
  /** Feedback, newest first, by category, customer and period. */
  feedback: FeedbackConnection;
  /** The tickets assigned to you. */
  myTickets: TicketConnection;
  /** Every queue's mailbox, by address. Support managers and admins. */
  queueMailboxes: Array<QueueMailbox>;
  /** The queues you may see (agents: their team's; managers: all), with counts per status. */
  queues: Array<Queue>;
  /** CSAT and NPS of the responses answered in [from, to), overall and per queue, agent and period. */
  satisfactionReport: SatisfactionReport;
  /** Published articles matching the words (1 to 200 characters), best first: full-text ranked, trigram fallback. */
  searchArticles: Array<ArticleSearchHit>;
  /** Every SLA policy, by priority then tier. */
  slaPolicies: Array<SlaPolicy>;
  /** The survey with this id; NOT_FOUND if there is none. */
  survey: Maybe<Survey>;
  /** Every survey, active first, then drafts, then retired; newest first within each. */
  surveys: Array<Survey>;
  /** The ticket with this id; NOT_FOUND if there is none. */
  ticket: Maybe<Ticket>;
  /** Tickets of the queues you may see, newest first by default. */
  tickets: TicketConnection;
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

export type QueryMyTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<TicketStatus>;
};

export type QuerySatisfactionReportArgs = {
  filter: SatisfactionFilter;
};

export type QuerySearchArticlesArgs = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
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

export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TicketOrder>;
};

/** A support team's queue of tickets. */
export type Queue = {
  __typename?: 'Queue';
  /** The team's active support agents and managers. */
  agents: Array<User>;
  /** Null: new tickets wait for an agent to take them. */
  assignmentRule: Maybe<QueueAssignmentRule>;
  /** Tickets per status, every status listed. */
  counts: Array<TicketStatusCount>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** NEW + ASSIGNED + IN_PROGRESS + WAITING_ON_CUSTOMER. */
  openCount: Scalars['Int']['output'];
  team: Team;
  /** Open tickets nobody is assigned to. */
  unassignedCount: Scalars['Int']['output'];
};

export type QueueAssignmentRule = {
  __typename?: 'QueueAssignmentRule';
  categoryAgents: Array<CategoryAgent>;
  kind: AssignmentRuleKind;
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

export type QueueSatisfaction = {
  __typename?: 'QueueSatisfaction';
  /** Null for responses about tickets in no queue. */
  queue: Maybe<Team>;
  scores: SatisfactionScores;
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

export type ReplyToTicketInput = {
  /** 1 to 100,000 characters. */
  body: Scalars['String']['input'];
  ticketId: Scalars['ID']['input'];
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

export type SetQueueAssignmentRuleInput = {
  /** CATEGORY only: who takes which category. */
  categoryAgents?: InputMaybe<Array<CategoryAgentInput>>;
  /** Null removes the rule. */
  kind?: InputMaybe<AssignmentRuleKind>;
  queueId: Scalars['ID']['input'];
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
  /** The agent working the ticket; null while it waits in its queue. */
  assignee: Maybe<User>;
  category: TicketCategory;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** The conversation, oldest first. Internal notes are shown to agents and managers only. */
  comments: Array<TicketComment>;
  correctiveAction: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  customer: Customer;
  description: Maybe<Scalars['String']['output']>;
  /** The first public reply by an agent: the first-response SLA stops here. */
  firstRespondedAt: Maybe<Scalars['DateTime']['output']>;
  /** Every status move with who made it and why, oldest first. */
  history: Array<TicketStatusChange>;
  id: Scalars['ID']['output'];
  /** The articles linked to this ticket's resolution. */
  linkedArticles: Maybe<Array<TicketArticleLink>>;
  /** The ticket this one was a duplicate of. */
  mergedInto: Maybe<Ticket>;
  /** The human-facing number, e.g. 1042 (shown as #1042 in mails). */
  number: Scalars['Int']['output'];
  priority: TicketPriority;
  /** The support team whose queue holds the ticket; its agents work it. Null: in no queue yet. */
  queue: Maybe<Team>;
  requester: TicketRequester;
  /** What fixed it (set when resolved). */
  resolution: Maybe<Scalars['String']['output']>;
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** A complaint's root cause and corrective action (set when closed). */
  rootCause: Maybe<Scalars['String']['output']>;
  /** Complaints only. */
  severity: Maybe<ComplaintSeverity>;
  /** The ticket's SLA; null when no policy covers its priority (and customer tier). */
  sla: Maybe<TicketSla>;
  source: TicketSource;
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

/** What a ticket is about; a COMPLAINT carries a severity and closes only with a root cause and corrective action. */
export type TicketCategory = 'COMPLAINT' | 'INCIDENT' | 'QUESTION' | 'REQUEST';

/** A public reply or an internal note on a ticket. */
export type TicketComment = {
  __typename?: 'TicketComment';
  /** The agent who wrote it; null for the customer's messages. */
  author: Maybe<User>;
  authorEmail: Maybe<Scalars['String']['output']>;
  authorKind: CommentAuthorKind;
  /** The sender's name and address on a mailed message (personal data: masked without PII rights). */
  authorName: Maybe<Scalars['String']['output']>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  visibility: CommentVisibility;
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

/** Filters of the tickets list; all given filters apply. Each is backed by an index. */
export type TicketFilter = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<TicketCategory>;
  /** Opened at or after this instant. */
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Opened before this instant. */
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only tickets past their SLA due time (first response or resolution); paused and resolved tickets are never overdue. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  priority?: InputMaybe<TicketPriority>;
  /** A queue (support team) id. */
  queueId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<TicketStatus>;
};

export type TicketOrder = 'NEWEST_FIRST' | 'OLDEST_FIRST';

/** How urgent a ticket is; SLA targets follow it. */
export type TicketPriority = 'HIGH' | 'LOW' | 'NORMAL' | 'URGENT';

/** Who asked. Email and name are personal data: roles without PII rights see them masked. */
export type TicketRequester = {
  __typename?: 'TicketRequester';
  contactId: Maybe<Scalars['ID']['output']>;
  email: Maybe<Scalars['String']['output']>;
  name: Maybe<Scalars['String']['output']>;
};

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

/** Where a ticket came from. */
export type TicketSource = 'CHAT' | 'EMAIL' | 'MANUAL' | 'PHONE' | 'WEB_FORM';

/** Lifecycle of a ticket (DESIGN §3): NEW → ASSIGNED → IN_PROGRESS → (WAITING_ON_CUSTOMER) → RESOLVED → CLOSED/ARCHIVED. */
export type TicketStatus =
  'ARCHIVED' | 'ASSIGNED' | 'CLOSED' | 'IN_PROGRESS' | 'NEW' | 'RESOLVED' | 'WAITING_ON_CUSTOMER';

/** One move of a ticket in its lifecycle. */
export type TicketStatusChange = {
  __typename?: 'TicketStatusChange';
  /** Null when the platform moved it (a customer's mail, the scheduler). */
  actor: Maybe<User>;
  changedAt: Scalars['DateTime']['output'];
  /** Null on the first line (the opening). */
  fromStatus: Maybe<TicketStatus>;
  reason: Maybe<Scalars['String']['output']>;
  toStatus: TicketStatus;
};

export type TicketStatusCount = {
  __typename?: 'TicketStatusCount';
  count: Scalars['Int']['output'];
  status: TicketStatus;
};

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
  AgentSatisfaction: ResolverTypeWrapper<
    Partial<Omit<AgentSatisfaction, 'agent'> & { agent?: Maybe<ResolversTypes['User']> }>
  >;
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
  AssignTicketInput: ResolverTypeWrapper<Partial<AssignTicketInput>>;
  AssignmentRuleKind: ResolverTypeWrapper<Partial<AssignmentRuleKind>>;
  BusinessCalendar: ResolverTypeWrapper<BusinessCalendarRowRow>;
  BusinessCalendarInput: ResolverTypeWrapper<Partial<BusinessCalendarInput>>;
  CategoryAgent: ResolverTypeWrapper<
    Partial<Omit<CategoryAgent, 'agent'> & { agent: ResolversTypes['User'] }>
  >;
  CategoryAgentInput: ResolverTypeWrapper<Partial<CategoryAgentInput>>;
  ChangeTicketPriorityInput: ResolverTypeWrapper<Partial<ChangeTicketPriorityInput>>;
  CommentAuthorKind: ResolverTypeWrapper<Partial<CommentAuthorKind>>;
  CommentVisibility: ResolverTypeWrapper<Partial<CommentVisibility>>;
  ComplaintSeverity: ResolverTypeWrapper<Partial<ComplaintSeverity>>;
  CreateArticleCategoryInput: ResolverTypeWrapper<Partial<CreateArticleCategoryInput>>;
  CreateArticleInput: ResolverTypeWrapper<Partial<CreateArticleInput>>;
  Customer: ResolverTypeWrapper<{ id: string }>;
  CustomerSatisfaction: ResolverTypeWrapper<Partial<CustomerSatisfaction>>;
  CustomerTier: ResolverTypeWrapper<Partial<CustomerTier>>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  EscalationAction: ResolverTypeWrapper<Partial<EscalationAction>>;
  Feedback: ResolverTypeWrapper<FeedbackRow>;
  FeedbackCategory: ResolverTypeWrapper<Partial<FeedbackCategory>>;
  FeedbackConnection: ResolverTypeWrapper<
    Partial<Omit<FeedbackConnection, 'edges'> & { edges: Array<ResolversTypes['FeedbackEdge']> }>
  >;
  FeedbackEdge: ResolverTypeWrapper<
    Partial<Omit<FeedbackEdge, 'node'> & { node: ResolversTypes['Feedback'] }>
  >;
  FeedbackFilter: ResolverTypeWrapper<Partial<FeedbackFilter>>;
  MergeTicketInput: ResolverTypeWrapper<Partial<MergeTicketInput>>;
  MoveTicketInput: ResolverTypeWrapper<Partial<MoveTicketInput>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  OpenTicketInput: ResolverTypeWrapper<Partial<OpenTicketInput>>;
  OpeningHours: ResolverTypeWrapper<OpeningHoursRow>;
  OpeningHoursInput: ResolverTypeWrapper<Partial<OpeningHoursInput>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  PeriodSatisfaction: ResolverTypeWrapper<Partial<PeriodSatisfaction>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Queue: ResolverTypeWrapper<QueueViewRow>;
  QueueAssignmentRule: ResolverTypeWrapper<QueueAssignmentRuleRow>;
  QueueMailbox: ResolverTypeWrapper<QueueMailboxRow>;
  QueueSatisfaction: ResolverTypeWrapper<Partial<QueueSatisfaction>>;
  RecordFeedbackInput: ResolverTypeWrapper<Partial<RecordFeedbackInput>>;
  ReplyToTicketInput: ResolverTypeWrapper<Partial<ReplyToTicketInput>>;
  SatisfactionFilter: ResolverTypeWrapper<Partial<SatisfactionFilter>>;
  SatisfactionPeriod: ResolverTypeWrapper<Partial<SatisfactionPeriod>>;
  SatisfactionReport: ResolverTypeWrapper<
    Partial<Omit<SatisfactionReport, 'byAgent'> & { byAgent: Array<ResolversTypes['AgentSatisfaction']> }>
  >;
  SatisfactionScores: ResolverTypeWrapper<Partial<SatisfactionScores>>;
  SatisfactionTrend: ResolverTypeWrapper<Partial<SatisfactionTrend>>;
  SetQueueAssignmentRuleInput: ResolverTypeWrapper<Partial<SetQueueAssignmentRuleInput>>;
  SetQueueMailboxInput: ResolverTypeWrapper<Partial<SetQueueMailboxInput>>;
  SlaPolicy: ResolverTypeWrapper<SlaPolicyRow>;
  SlaPolicyInput: ResolverTypeWrapper<Partial<SlaPolicyInput>>;
  SlaState: ResolverTypeWrapper<Partial<SlaState>>;
  SlaTarget: ResolverTypeWrapper<Partial<SlaTarget>>;
  SlaTargetClock: ResolverTypeWrapper<TargetClockRow>;
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
  TicketArticleLink: ResolverTypeWrapper<TicketArticleRow>;
  TicketCategory: ResolverTypeWrapper<Partial<TicketCategory>>;
  TicketComment: ResolverTypeWrapper<TicketCommentRow>;
  TicketConnection: ResolverTypeWrapper<
    Partial<Omit<TicketConnection, 'edges'> & { edges: Array<ResolversTypes['TicketEdge']> }>
  >;
  TicketEdge: ResolverTypeWrapper<Partial<Omit<TicketEdge, 'node'> & { node: ResolversTypes['Ticket'] }>>;
  TicketFilter: ResolverTypeWrapper<Partial<TicketFilter>>;
  TicketOrder: ResolverTypeWrapper<Partial<TicketOrder>>;
  TicketPriority: ResolverTypeWrapper<Partial<TicketPriority>>;
  TicketRequester: ResolverTypeWrapper<Partial<TicketRequester>>;
  TicketSla: ResolverTypeWrapper<TicketSlaViewRow>;
  TicketSource: ResolverTypeWrapper<Partial<TicketSource>>;
  TicketStatus: ResolverTypeWrapper<Partial<TicketStatus>>;
  TicketStatusChange: ResolverTypeWrapper<TicketStatusChangeRow>;
  TicketStatusCount: ResolverTypeWrapper<Partial<TicketStatusCount>>;
  UpdateArticleInput: ResolverTypeWrapper<Partial<UpdateArticleInput>>;
  User: ResolverTypeWrapper<{ id: string }>;
  Weekday: ResolverTypeWrapper<Partial<Weekday>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AgentSatisfaction: Partial<
    Omit<AgentSatisfaction, 'agent'> & { agent?: Maybe<ResolversParentTypes['User']> }
  >;
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
  AssignTicketInput: Partial<AssignTicketInput>;
  BusinessCalendar: BusinessCalendarRowRow;
  BusinessCalendarInput: Partial<BusinessCalendarInput>;
  CategoryAgent: Partial<Omit<CategoryAgent, 'agent'> & { agent: ResolversParentTypes['User'] }>;
  CategoryAgentInput: Partial<CategoryAgentInput>;
  ChangeTicketPriorityInput: Partial<ChangeTicketPriorityInput>;
  CreateArticleCategoryInput: Partial<CreateArticleCategoryInput>;
  CreateArticleInput: Partial<CreateArticleInput>;
  Customer: { id: string };
  CustomerSatisfaction: Partial<CustomerSatisfaction>;
  DateTime: Partial<Scalars['DateTime']['output']>;
  Feedback: FeedbackRow;
  FeedbackConnection: Partial<
    Omit<FeedbackConnection, 'edges'> & { edges: Array<ResolversParentTypes['FeedbackEdge']> }
  >;
  FeedbackEdge: Partial<Omit<FeedbackEdge, 'node'> & { node: ResolversParentTypes['Feedback'] }>;
  FeedbackFilter: Partial<FeedbackFilter>;
  MergeTicketInput: Partial<MergeTicketInput>;
  MoveTicketInput: Partial<MoveTicketInput>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  OpenTicketInput: Partial<OpenTicketInput>;
  OpeningHours: OpeningHoursRow;
  OpeningHoursInput: Partial<OpeningHoursInput>;
  PageInfo: Partial<PageInfo>;
  PeriodSatisfaction: Partial<PeriodSatisfaction>;
  Query: Record<PropertyKey, never>;
  Queue: QueueViewRow;
  QueueAssignmentRule: QueueAssignmentRuleRow;
  QueueMailbox: QueueMailboxRow;
  QueueSatisfaction: Partial<QueueSatisfaction>;
  RecordFeedbackInput: Partial<RecordFeedbackInput>;
  ReplyToTicketInput: Partial<ReplyToTicketInput>;
  SatisfactionFilter: Partial<SatisfactionFilter>;
  SatisfactionReport: Partial<
    Omit<SatisfactionReport, 'byAgent'> & { byAgent: Array<ResolversParentTypes['AgentSatisfaction']> }
  >;
  SatisfactionScores: Partial<SatisfactionScores>;
  SetQueueAssignmentRuleInput: Partial<SetQueueAssignmentRuleInput>;
  SetQueueMailboxInput: Partial<SetQueueMailboxInput>;
  SlaPolicy: SlaPolicyRow;
  SlaPolicyInput: Partial<SlaPolicyInput>;
  SlaTargetClock: TargetClockRow;
  Survey: SurveyRow;
  SurveyAnswerInput: Partial<SurveyAnswerInput>;
  SurveyAnswerReceipt: Partial<SurveyAnswerReceipt>;
  SurveyInput: Partial<SurveyInput>;
  SurveyQuestion: Partial<SurveyQuestion>;
  SurveyQuestionInput: Partial<SurveyQuestionInput>;
  Team: Partial<Team>;
  Ticket: TicketRow;
  TicketArticleLink: TicketArticleRow;
  TicketComment: TicketCommentRow;
  TicketConnection: Partial<
    Omit<TicketConnection, 'edges'> & { edges: Array<ResolversParentTypes['TicketEdge']> }
  >;
  TicketEdge: Partial<Omit<TicketEdge, 'node'> & { node: ResolversParentTypes['Ticket'] }>;
  TicketFilter: Partial<TicketFilter>;
  TicketRequester: Partial<TicketRequester>;
  TicketSla: TicketSlaViewRow;
  TicketStatusChange: TicketStatusChangeRow;
  TicketStatusCount: Partial<TicketStatusCount>;
  UpdateArticleInput: Partial<UpdateArticleInput>;
  User: { id: string };
};

export type AgentSatisfactionResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['AgentSatisfaction'] = ResolversParentTypes['AgentSatisfaction'],
> = {
  agent?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  scores?: Resolver<ResolversTypes['SatisfactionScores'], ParentType, ContextType>;
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

export type CategoryAgentResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['CategoryAgent'] = ResolversParentTypes['CategoryAgent'],
> = {
  agent?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['TicketCategory'], ParentType, ContextType>;
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
  activateSurvey?: Resolver<
    ResolversTypes['Survey'],
    ParentType,
    ContextType,
    RequireFields<MutationActivateSurveyArgs, 'id' | 'version'>
  >;
  addTicketNote?: Resolver<
    ResolversTypes['TicketComment'],
    ParentType,
    ContextType,
    RequireFields<MutationAddTicketNoteArgs, 'input'>
  >;
  answerSurvey?: Resolver<
    ResolversTypes['SurveyAnswerReceipt'],
    ParentType,
    ContextType,
    RequireFields<MutationAnswerSurveyArgs, 'answers' | 'token'>
  >;
  archiveArticle?: Resolver<
    ResolversTypes['Article'],
    ParentType,
    ContextType,
    RequireFields<MutationArchiveArticleArgs, 'id' | 'version'>
  >;
  assignTicket?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationAssignTicketArgs, 'input'>
  >;
  changeTicketPriority?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationChangeTicketPriorityArgs, 'input'>
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
  createSurvey?: Resolver<
    ResolversTypes['Survey'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateSurveyArgs, 'input'>
  >;
  linkArticleToTicket?: Resolver<
    ResolversTypes['TicketArticleLink'],
    ParentType,
    ContextType,
    RequireFields<MutationLinkArticleToTicketArgs, 'articleId' | 'solvedIt' | 'ticketId'>
  >;
  mergeTicket?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationMergeTicketArgs, 'input'>
  >;
  moveTicket?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationMoveTicketArgs, 'input'>
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
  replyToTicket?: Resolver<
    ResolversTypes['TicketComment'],
    ParentType,
    ContextType,
    RequireFields<MutationReplyToTicketArgs, 'input'>
  >;
  retireSurvey?: Resolver<
    ResolversTypes['Survey'],
    ParentType,
    ContextType,
    RequireFields<MutationRetireSurveyArgs, 'id' | 'version'>
  >;
  setQueueAssignmentRule?: Resolver<
    ResolversTypes['Queue'],
    ParentType,
    ContextType,
    RequireFields<MutationSetQueueAssignmentRuleArgs, 'input'>
  >;
  setQueueMailbox?: Resolver<
    ResolversTypes['QueueMailbox'],
    ParentType,
    ContextType,
    RequireFields<MutationSetQueueMailboxArgs, 'input'>
  >;
  updateArticle?: Resolver<
    ResolversTypes['Article'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateArticleArgs, 'id' | 'input' | 'version'>
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
  updateSurvey?: Resolver<
    ResolversTypes['Survey'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateSurveyArgs, 'id' | 'input' | 'version'>
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
  businessCalendars?: Resolver<Array<ResolversTypes['BusinessCalendar']>, ParentType, ContextType>;
  feedback?: Resolver<
    ResolversTypes['FeedbackConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryFeedbackArgs, 'first'>
  >;
  myTickets?: Resolver<
    ResolversTypes['TicketConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryMyTicketsArgs, 'first'>
  >;
  queueMailboxes?: Resolver<Array<ResolversTypes['QueueMailbox']>, ParentType, ContextType>;
  queues?: Resolver<Array<ResolversTypes['Queue']>, ParentType, ContextType>;
  satisfactionReport?: Resolver<
    ResolversTypes['SatisfactionReport'],
    ParentType,
    ContextType,
    RequireFields<QuerySatisfactionReportArgs, 'filter'>
  >;
  searchArticles?: Resolver<
    Array<ResolversTypes['ArticleSearchHit']>,
    ParentType,
    ContextType,
    RequireFields<QuerySearchArticlesArgs, 'first' | 'query'>
  >;
  slaPolicies?: Resolver<Array<ResolversTypes['SlaPolicy']>, ParentType, ContextType>;
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
  tickets?: Resolver<
    ResolversTypes['TicketConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryTicketsArgs, 'first' | 'orderBy'>
  >;
};

export type QueueResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['Queue'] = ResolversParentTypes['Queue'],
> = {
  agents?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  assignmentRule?: Resolver<Maybe<ResolversTypes['QueueAssignmentRule']>, ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['TicketStatusCount']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
  unassignedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueueAssignmentRuleResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['QueueAssignmentRule'] =
    ResolversParentTypes['QueueAssignmentRule'],
> = {
  categoryAgents?: Resolver<Array<ResolversTypes['CategoryAgent']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssignmentRuleKind'], ParentType, ContextType>;
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
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['TicketCategory'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['TicketComment']>, ParentType, ContextType>;
  correctiveAction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstRespondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['TicketStatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  linkedArticles?: Resolver<Maybe<Array<ResolversTypes['TicketArticleLink']>>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  queue?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  requester?: Resolver<ResolversTypes['TicketRequester'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rootCause?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  severity?: Resolver<Maybe<ResolversTypes['ComplaintSeverity']>, ParentType, ContextType>;
  sla?: Resolver<Maybe<ResolversTypes['TicketSla']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['TicketSource'], ParentType, ContextType>;
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

export type TicketCommentResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['TicketComment'] = ResolversParentTypes['TicketComment'],
> = {
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  authorEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authorKind?: Resolver<ResolversTypes['CommentAuthorKind'], ParentType, ContextType>;
  authorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['CommentVisibility'], ParentType, ContextType>;
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

export type TicketRequesterResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['TicketRequester'] = ResolversParentTypes['TicketRequester'],
> = {
  contactId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type TicketStatusChangeResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['TicketStatusChange'] = ResolversParentTypes['TicketStatusChange'],
> = {
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['TicketStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
};

export type TicketStatusCountResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['TicketStatusCount'] = ResolversParentTypes['TicketStatusCount'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
};

export type UserResolvers<
  ContextType = ServiceContext,
  ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ServiceContext> = {
  AgentSatisfaction?: AgentSatisfactionResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleCategory?: ArticleCategoryResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  ArticleSearchHit?: ArticleSearchHitResolvers<ContextType>;
  ArticleVersion?: ArticleVersionResolvers<ContextType>;
  BusinessCalendar?: BusinessCalendarResolvers<ContextType>;
  CategoryAgent?: CategoryAgentResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerSatisfaction?: CustomerSatisfactionResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Feedback?: FeedbackResolvers<ContextType>;
  FeedbackConnection?: FeedbackConnectionResolvers<ContextType>;
  FeedbackEdge?: FeedbackEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OpeningHours?: OpeningHoursResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PeriodSatisfaction?: PeriodSatisfactionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Queue?: QueueResolvers<ContextType>;
  QueueAssignmentRule?: QueueAssignmentRuleResolvers<ContextType>;
  QueueMailbox?: QueueMailboxResolvers<ContextType>;
  QueueSatisfaction?: QueueSatisfactionResolvers<ContextType>;
  SatisfactionReport?: SatisfactionReportResolvers<ContextType>;
  SatisfactionScores?: SatisfactionScoresResolvers<ContextType>;
  SlaPolicy?: SlaPolicyResolvers<ContextType>;
  SlaTargetClock?: SlaTargetClockResolvers<ContextType>;
  Survey?: SurveyResolvers<ContextType>;
  SurveyAnswerReceipt?: SurveyAnswerReceiptResolvers<ContextType>;
  SurveyQuestion?: SurveyQuestionResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TicketArticleLink?: TicketArticleLinkResolvers<ContextType>;
  TicketComment?: TicketCommentResolvers<ContextType>;
  TicketConnection?: TicketConnectionResolvers<ContextType>;
  TicketEdge?: TicketEdgeResolvers<ContextType>;
  TicketRequester?: TicketRequesterResolvers<ContextType>;
  TicketSla?: TicketSlaResolvers<ContextType>;
  TicketStatusChange?: TicketStatusChangeResolvers<ContextType>;
  TicketStatusCount?: TicketStatusCountResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};
