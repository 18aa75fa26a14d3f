import { assertQueueAccess, guard } from '@crm/permissions';
import { scopeOfRequest } from '@crm/subgraph-kit';
import { assignTicket, changePriority, mergeTicket, moveTicket } from '../changes/ticket.changes';
import type { TicketPriority } from '../domain/ticket-priority';
import {
  parsePriorityChange,
  parseTicketAssignment,
  parseTicketMerge,
  parseTicketMove,
} from '../domain/ticket-requests';
import type { TicketStatus } from '../domain/ticket-status';
import type { Resolvers } from '../generated/resolvers-types';
import { ticketFor } from './ticket-access';

/** Guard → parse → the change on a ticket of a queue the caller works → the ticket after. */
export const ticketWorkflowResolvers: Resolvers = {
  Mutation: {
    moveTicket: guard('ticket:write', async (_, { input }, context) => {
      const { version, to, ...move } = parseTicketMove(input);
      await ticketFor(context, move.ticketId, 'ticket:write', 'input.ticketId');
      return moveTicket(scopeOfRequest(context), {
        ...move,
        to: to as TicketStatus,
        expectedVersion: version,
      });
    }),
    assignTicket: guard('ticket:write', async (_, { input }, context) => {
      const { version, ...assignment } = parseTicketAssignment(input);
      await ticketFor(context, assignment.ticketId, 'ticket:write', 'input.ticketId');
      if (assignment.queueId)
        assertQueueAccess(context.caller, 'ticket:write', assignment.queueId, `queue ${assignment.queueId}`);
      return assignTicket(scopeOfRequest(context), { ...assignment, expectedVersion: version });
    }),
    mergeTicket: guard('ticket:write', async (_, { input }, context) => {
      const { version, duplicateId, intoId } = parseTicketMerge(input);
      await ticketFor(context, duplicateId, 'ticket:write', 'input.duplicateId');
      await ticketFor(context, intoId, 'ticket:write', 'input.intoId');
      const merged = await mergeTicket(scopeOfRequest(context), {
        duplicateId,
        intoId,
        expectedVersion: version,
      });
      return merged.into;
    }),
    changeTicketPriority: guard('ticket:write', async (_, { input }, context) => {
      const { version, ticketId, priority } = parsePriorityChange(input);
      await ticketFor(context, ticketId, 'ticket:write', 'input.ticketId');
      return changePriority(scopeOfRequest(context), {
        ticketId,
        priority: priority as TicketPriority,
        expectedVersion: version,
      });
    }),
  },
};
