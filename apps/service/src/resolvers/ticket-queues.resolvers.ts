import type { Caller } from '@crm/auth';
import { forbidden } from '@crm/errors';
import { guard, readableQueueIds, requireScope } from '@crm/permissions';
import { scopeOfRequest, type PageRequest } from '@crm/subgraph-kit';
import { setQueueAssignmentRule } from '../changes/ticket.changes';
import { queueViews } from '../data/queue-view.repository';
import { listTickets, type TicketListFilter, type TicketListOrder } from '../data/ticket-list.repository';
import type { AssignmentRuleKind } from '../domain/assignment-rule';
import type { TicketCategory } from '../domain/ticket-category';
import { parseQueueRule, parseTicketFilter } from '../domain/ticket-requests';
import { isOpenStatus } from '../domain/ticket-status';
import type { Resolvers } from '../generated/resolvers-types';
import type { ServiceContext } from '../service-context';

/** A filter on one queue outside the caller's queues shows nothing rather than failing. */
function queuesOf(caller: Caller, queueId: string | null | undefined): string[] | null {
  const readable = readableQueueIds(caller, 'ticket:read');
  if (!queueId) return readable;
  return readable === null || readable.includes(queueId) ? [queueId] : [];
}

function tickets(
  rawFilter: unknown,
  order: TicketListOrder,
  page: PageRequest,
  context: ServiceContext,
  only: Partial<TicketListFilter> = {},
) {
  const { overdue, ...filter } = parseTicketFilter(rawFilter) as Omit<TicketListFilter, 'queueIds'> & {
    overdue?: boolean | null;
  };
  const queueIds = queuesOf(context.caller, filter.queueId);
  const overdueAt = overdue ? context.loaders.now() : null;
  return listTickets(
    context.dataSource,
    { ...filter, ...only, overdueAt, queueIds, queueId: null },
    order,
    page,
  );
}

async function queueView(context: ServiceContext, queueId: string) {
  const [view] = await queueViews(context.dataSource, [queueId]);
  return view;
}

/** Assignment rules shape a whole queue's work: support managers (scope 'all') set them. */
function assertSetsRules(caller: Caller): void {
  if (requireScope(caller, 'ticket:write') !== 'all')
    throw forbidden('Only support managers set how a queue assigns its tickets');
}

export const ticketQueueResolvers: Resolvers = {
  Query: {
    tickets: guard('ticket:read', (_, { filter, orderBy, first, after }, context) =>
      tickets(filter, orderBy ?? 'NEWEST_FIRST', { first, after }, context),
    ),
    myTickets: guard('ticket:read', (_, { status, first, after }, context) =>
      tickets({ status }, 'NEWEST_FIRST', { first, after }, context, {
        assigneeId: context.caller.userId.toLowerCase(),
      }),
    ),
    queues: guard('ticket:read', (_, __, context) =>
      queueViews(context.dataSource, readableQueueIds(context.caller, 'ticket:read')),
    ),
  },
  Mutation: {
    setQueueAssignmentRule: guard('ticket:write', async (_, { input }, context) => {
      assertSetsRules(context.caller);
      const { queueId, kind, categoryAgents } = parseQueueRule(input);
      await setQueueAssignmentRule(scopeOfRequest(context), {
        queueId,
        kind: (kind ?? null) as AssignmentRuleKind | null,
        categoryAgents,
      });
      return queueView(context, queueId);
    }),
  },
  Queue: {
    team: (queue) => ({ id: queue.id }),
    openCount: (queue) =>
      queue.counts.filter(({ status }) => isOpenStatus(status)).reduce((sum, { count }) => sum + count, 0),
    assignmentRule: (queue, _, context) => context.loaders.assignmentRuleOfQueue.load(queue.id),
    agents: (queue, _, context) => context.loaders.agentsOfQueue.load(queue.id),
  },
  QueueAssignmentRule: {
    categoryAgents: (rule) =>
      Object.entries(rule.categoryAgents).map(([category, agentId]) => ({
        category: category as TicketCategory,
        agent: { id: agentId as string },
      })),
  },
};
