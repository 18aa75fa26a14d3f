import { guard } from '@crm/permissions';
import { parseId, scopeOfRequest } from '@crm/subgraph-kit';
import {
  createBusinessCalendar,
  createSlaPolicy,
  updateBusinessCalendar,
  updateSlaPolicy,
} from '../changes/sla.changes';
import { listBusinessCalendars, listSlaPolicies } from '../data/sla-settings.repository';
import { parseBusinessCalendar } from '../domain/sla/business-calendar-input';
import { parseSlaPolicy } from '../domain/sla/sla-policy-input';
import { earliestOpenDue } from '../domain/sla/sla-milestones';
import type { Resolvers } from '../generated/resolvers-types';

const clockTime = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** SLA policies and business calendars (support managers write, agents read), and `Ticket.sla`. */
export const slaResolvers: Resolvers = {
  Query: {
    slaPolicies: guard('sla:read', (_, __, context) => listSlaPolicies(context.dataSource)),
    businessCalendars: guard('sla:read', (_, __, context) => listBusinessCalendars(context.dataSource)),
  },
  Mutation: {
    createSlaPolicy: guard('sla:write', (_, { input }, context) =>
      createSlaPolicy(scopeOfRequest(context), parseSlaPolicy(input)),
    ),
    updateSlaPolicy: guard('sla:write', (_, { id, version, input }, context) =>
      updateSlaPolicy(scopeOfRequest(context), { id: parseId('id', id), version }, parseSlaPolicy(input)),
    ),
    createBusinessCalendar: guard('sla:write', (_, { input }, context) =>
      createBusinessCalendar(scopeOfRequest(context), parseBusinessCalendar(input)),
    ),
    updateBusinessCalendar: guard('sla:write', (_, { id, version, input }, context) =>
      updateBusinessCalendar(
        scopeOfRequest(context),
        { id: parseId('id', id), version },
        parseBusinessCalendar(input),
      ),
    ),
  },
  Ticket: {
    // The ticket's own resolvers checked its queue; its SLA is part of what a reader of it sees.
    sla: guard('ticket:read', (ticket, _, context) => context.loaders.ticketSla.load(ticket)),
  },
  TicketSla: {
    dueAt: (sla) => earliestOpenDue(sla),
    remainingMinutes: (sla) => {
      const open = [sla.firstResponse, sla.resolution].filter((clock) => !clock.metAt);
      return open.length ? Math.min(...open.map((clock) => clock.remainingMinutes)) : null;
    },
  },
  SlaPolicy: {
    queue: (policy) => (policy.queueId ? { id: policy.queueId } : null),
    escalationQueue: (policy) => (policy.escalationQueueId ? { id: policy.escalationQueueId } : null),
  },
  BusinessCalendar: {
    queue: (calendar) => (calendar.queueId ? { id: calendar.queueId } : null),
  },
  OpeningHours: {
    start: (hours) => clockTime(hours.startMinute),
    end: (hours) => clockTime(hours.endMinute),
  },
};
