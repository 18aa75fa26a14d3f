import type { Role } from './roles';

export const RESOURCES = [
  'customer',
  'opportunity',
  /** Sales documents that follow a deal: quotes, contracts, orders and payments. */
  'order',
  'lead',
  'activity',
  'quota',
  /** Products and price lists. */
  'product',
  /** Industries, sources, regions and tag groups. */
  'dictionary',
  'ticket',
  /** Knowledge-base articles. */
  'article',
  /** SLA policies and business-hours calendars. */
  'sla',
  /** Satisfaction surveys and their answers. */
  'survey',
  /** Customers' suggestions and praise (complaints are tickets). */
  'feedback',
  /** Campaigns with their costs, members and responses. */
  'campaign',
  /** Customer segments (dynamic rule trees) and static lists. */
  'segment',
  /** Loyalty programmes, members' points and levels, and referrals. */
  'loyalty',
  'user',
  /** Customer scores, metrics and the timeline. */
  'analytics',
  /** Managers' reports (sales, customers, service, churn, campaigns): scope limits whose figures count. */
  'report',
  /** Exchange rates and the reporting currency. */
  'currency',
  'audit',
  /** Outbound webhook endpoints and their delivery logs: admins only. */
  'webhook',
  /** Each user's own inbox and delivery preferences: every role, scope own, nobody else's. */
  'notification',
] as const;
export type Resource = (typeof RESOURCES)[number];
export type Action = 'read' | 'write';
export type Permission = `${Resource}:${Action}`;

/** How far a grant reaches: every record, the records of the caller's team, or the caller's own. */
export type Scope = 'all' | 'team' | 'own';

export interface RoleGrant {
  permissions: Partial<Record<Permission, Scope>>;
  /** May see personal data (contact emails and phones) unmasked. */
  pii: boolean;
}

const readAll = (...resources: Resource[]) =>
  Object.fromEntries(resources.map((resource) => [`${resource}:read`, 'all'])) as Partial<
    Record<Permission, Scope>
  >;

const readWrite = (scope: Scope, ...resources: Resource[]) =>
  Object.fromEntries(
    resources.flatMap((resource) => [
      [`${resource}:read`, scope],
      [`${resource}:write`, scope],
    ]),
  ) as Partial<Record<Permission, Scope>>;

/**
 * Who may do what, as data. Record-level scopes follow the CRM's usual rule: a rep works on what
 * they own, a manager also on their team's, support and marketing read the whole customer base.
 * Tickets belong to queues, not people: for them scope 'team' means the caller's team's queue.
 */
export const ROLE_GRANTS: Record<Role, RoleGrant> = {
  ADMIN: {
    permissions: {
      ...readWrite('own', 'notification'),
      ...readWrite('all', 'customer', 'opportunity', 'order', 'lead', 'activity', 'quota', 'product'),
      ...readWrite('all', 'dictionary', 'ticket', 'campaign', 'user', 'analytics', 'audit'),
      ...readWrite('all', 'article', 'sla', 'survey', 'feedback', 'segment', 'loyalty'),
      ...readWrite('all', 'report', 'currency'),
      ...readWrite('all', 'webhook'),
    },
    pii: true,
  },
  SALES_MANAGER: {
    permissions: {
      ...readWrite('own', 'notification'),
      ...readAll('ticket', 'campaign', 'user', 'analytics', 'product', 'dictionary', 'segment', 'loyalty'),
      ...readAll('article', 'survey', 'feedback'),
      'feedback:write': 'all',
      ...readWrite('team', 'customer', 'opportunity', 'order', 'lead', 'activity', 'quota'),
      'audit:read': 'team',
      'report:read': 'team',
      'currency:read': 'all',
    },
    pii: true,
  },
  SALES_REP: {
    permissions: {
      ...readWrite('own', 'notification'),
      ...readAll('campaign', 'user', 'analytics', 'product', 'dictionary', 'article', 'feedback'),
      ...readAll('segment', 'loyalty'),
      'feedback:write': 'all',
      ...readWrite('own', 'customer', 'opportunity', 'order', 'lead', 'activity'),
      'quota:read': 'own',
      'report:read': 'own',
      'currency:read': 'all',
    },
    pii: true,
  },
  SUPPORT_MANAGER: {
    permissions: {
      ...readWrite('own', 'notification'),
      ...readAll('customer', 'user', 'analytics', 'product', 'dictionary', 'loyalty'),
      ...readWrite('all', 'ticket', 'article', 'sla', 'survey', 'feedback'),
      ...readAll('report', 'currency'),
      'audit:read': 'all',
    },
    pii: true,
  },
  // An agent works the tickets of their team's queue (queue-access.ts); managers see every queue.
  SUPPORT_AGENT: {
    permissions: {
      ...readWrite('own', 'notification'),
      ...readAll('customer', 'user', 'product', 'dictionary', 'sla', 'survey', 'loyalty'),
      ...readWrite('team', 'ticket'),
      ...readWrite('all', 'article', 'feedback'),
      'currency:read': 'all',
    },
    pii: true,
  },
  MARKETER: {
    permissions: {
      ...readWrite('own', 'notification'),
      ...readAll('customer', 'user', 'analytics', 'product', 'dictionary', 'feedback', 'survey'),
      ...readWrite('all', 'campaign', 'lead', 'segment', 'loyalty'),
      ...readAll('report', 'currency'),
    },
    pii: true,
  },
  ANALYST: {
    permissions: {
      ...readWrite('own', 'notification'),
      ...readAll('customer', 'opportunity', 'order', 'lead', 'activity', 'quota', 'product', 'dictionary'),
      ...readAll('ticket', 'campaign', 'user', 'analytics', 'article', 'sla', 'survey', 'feedback'),
      ...readAll('segment', 'loyalty', 'report', 'currency'),
    },
    pii: false,
  },
  READ_ONLY: {
    permissions: {
      ...readWrite('own', 'notification'),
      ...readAll('customer', 'opportunity', 'order', 'lead', 'activity', 'quota', 'product', 'dictionary'),
      ...readAll('ticket', 'campaign', 'user', 'analytics', 'article', 'sla', 'survey', 'feedback'),
      ...readAll('segment', 'loyalty', 'report', 'currency'),
    },
    pii: false,
  },
};
