import type { Role } from '@crm/permissions';
import type { CustomerValueFixture } from '../customer-value-fixtures';
import type { CustomerProfileFixture } from '../customer-profile-fixtures';
import type { PipelineFixture } from '../pipeline-fixtures';
import type { SalesDocumentFixture } from '../sales-document-fixtures';
import type { LeadFixture } from '../lead-fixtures';
import type { TicketFixture } from '../ticket-fixtures';
import type { SlaFixture } from '../sla-fixtures';
import type { SurveyFixture } from '../survey-fixtures';
import type { KnowledgeFixture } from '../knowledge-fixtures';
import type { SegmentFixture } from '../segment-fixtures';
import type { CampaignFixture } from '../campaign-fixtures';
import type { MessageFixture } from '../message-fixtures';
import type { JourneyFixture } from '../journey-fixtures';
import type { LoyaltyFixture } from '../loyalty-fixtures';
import type { WebhookFixture } from '../webhook-fixtures';

/**
 * Who may call what, written down as data (issue 3): every role × every operation of the graph,
 * run through the gateway by authorization-matrix.int-spec.ts. Denied roles must get FORBIDDEN and
 * no data; allowed roles must get their data without error. Each domain issue adds its rows.
 *
 * The lists are written out by hand on purpose rather than derived from ROLE_GRANTS: a change of
 * the grants then shows up here as a failing row to look at, not as a silent change of behaviour.
 */

/** Records of the caller's own (customer and deal owned by the caller), so record scopes never deny. */
export interface OwnFixture {
  /** The caller's own identity user, and another user and a team to act on. */
  userId: string;
  otherUserId: string;
  teamId: string;
  customerId: string;
  /** Another customer of the caller's, for mergeCustomers to fold into customerId. */
  duplicateCustomerId: string;
  opportunityId: string;
  /** A communication record on the caller's customer, at version 1. */
  interactionId: string;
  /** The caller's deals and activities for the opportunity and activity rows. */
  pipeline: PipelineFixture;
  /** The caller's customers at the stages the lifecycle and churn rows start from. */
  customerValue: CustomerValueFixture;
  /** A customer and contact only the profile rows change, and a customer to erase. */
  profile: CustomerProfileFixture;
  /** The caller's products, quotes, contracts and orders for the sales document rows. */
  documents: SalesDocumentFixture;
  /** The caller's leads, one per mutating lead row, and an inactive assignment rule. */
  leads: LeadFixture;
  ticketId: string;
  /** The caller's queue's tickets for the ticket workflow rows. */
  tickets: TicketFixture;
  /** SLA settings of the caller's queue for the SLA rows. */
  sla: SlaFixture;
  /** Surveys of the caller's team's queue for the survey rows. */
  surveys: SurveyFixture;
  /** The caller's articles for the knowledge-base rows. */
  knowledge: KnowledgeFixture;
  campaignId: string;
  /** The caller's segments and static list for the segment rows. */
  segments: SegmentFixture;
  /** The caller's campaigns and members for the campaign rows. */
  campaigns: CampaignFixture;
  /** The caller's message templates and messages for the message rows. */
  messages: MessageFixture;
  /** The caller's draft journeys for the journey rows. */
  journeys: JourneyFixture;
  /** A programme, the caller's customer as a member with points, and a customer to enrol. */
  loyalty: LoyaltyFixture;
  /** Webhook endpoints (made by an admin) and a delivery for the webhook rows. */
  webhooks: WebhookFixture;
  /** A notification in the caller's own inbox (a lead assigned to them). */
  notificationId: string;
}

export interface MatrixRow {
  /** The root field, or `Type.field` for a field one subgraph contributes to another's entity. */
  operation: string;
  subgraph: 'customer' | 'sales' | 'service' | 'marketing' | 'analytics' | 'identity' | 'notification';
  document: string;
  variables?: (own: OwnFixture) => Record<string, unknown>;
  /** Where the operation's result sits in `data`; a denied role must find null there. */
  resultPath: string[];
  allowed: readonly Role[];
}

export const EVERYONE: readonly Role[] = [
  'ADMIN',
  'SALES_MANAGER',
  'SALES_REP',
  'SUPPORT_MANAGER',
  'SUPPORT_AGENT',
  'MARKETER',
  'ANALYST',
  'READ_ONLY',
];
export const SALES: readonly Role[] = ['ADMIN', 'SALES_MANAGER', 'SALES_REP'];
export const DEAL_READERS: readonly Role[] = [...SALES, 'ANALYST', 'READ_ONLY'];
export const SUPPORT: readonly Role[] = ['ADMIN', 'SUPPORT_MANAGER', 'SUPPORT_AGENT'];
export const TICKET_READERS: readonly Role[] = [...SUPPORT, 'SALES_MANAGER', 'ANALYST', 'READ_ONLY'];
export const CAMPAIGN_READERS: readonly Role[] = [
  'ADMIN',
  'SALES_MANAGER',
  'SALES_REP',
  'MARKETER',
  'ANALYST',
  'READ_ONLY',
];
export const ANALYTICS_READERS: readonly Role[] = EVERYONE.filter((role) => role !== 'SUPPORT_AGENT');
export const AUDITORS: readonly Role[] = ['ADMIN', 'SALES_MANAGER', 'SUPPORT_MANAGER'];
export const LEAD_READERS: readonly Role[] = [...SALES, 'MARKETER', 'ANALYST', 'READ_ONLY'];
export const LEAD_WRITERS: readonly Role[] = [...SALES, 'MARKETER'];
/** Lead writers whose scope is their team or everyone. */
export const LEAD_ROUTERS: readonly Role[] = ['ADMIN', 'SALES_MANAGER', 'MARKETER'];
export const QUOTA_READERS: readonly Role[] = [...DEAL_READERS];

export const byCustomer = (own: OwnFixture) => ({ id: own.customerId });
export const byCustomerId = (own: OwnFixture) => ({ customerId: own.customerId });
