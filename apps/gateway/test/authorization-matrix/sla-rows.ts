import { SUPPORT, TICKET_READERS, type MatrixRow } from './matrix-row';

/** SLA settings: support managers write them, support staff and the read-only roles read them. */
const SLA_READERS = [...SUPPORT, 'ANALYST', 'READ_ONLY'] as const;
const SLA_WRITERS = ['ADMIN', 'SUPPORT_MANAGER'] as const;

const POLICY_INPUT = `{ name: "Matrix", queueId: $queueId, priority: $priority, firstResponseMinutes: 30, resolutionMinutes: 240, escalationAction: RAISE_PRIORITY }`;
const CALENDAR_INPUT = `{ name: "Matrix", timeZone: "Asia/Shanghai", queueId: $queueId, weeklyHours: [{ day: TUESDAY, start: "08:00", end: "18:00" }] }`;

/** The SLA rows of the authorization matrix (issue 12 §2). */
export const SLA_ROWS: readonly MatrixRow[] = [
  {
    operation: 'slaPolicies',
    subgraph: 'service',
    document: `{ slaPolicies { id } }`,
    resultPath: ['slaPolicies'],
    allowed: SLA_READERS,
  },
  {
    operation: 'businessCalendars',
    subgraph: 'service',
    document: `{ businessCalendars { id } }`,
    resultPath: ['businessCalendars'],
    allowed: SLA_READERS,
  },
  {
    operation: 'createSlaPolicy',
    subgraph: 'service',
    document: `mutation ($queueId: ID!, $priority: TicketPriority!) { createSlaPolicy(input: ${POLICY_INPUT}) { id } }`,
    variables: (own) => ({ queueId: own.teamId, priority: 'NORMAL' }),
    resultPath: ['createSlaPolicy'],
    allowed: SLA_WRITERS,
  },
  {
    operation: 'updateSlaPolicy',
    subgraph: 'service',
    document: `mutation ($id: ID!, $queueId: ID!, $priority: TicketPriority!) { updateSlaPolicy(id: $id, version: 1, input: ${POLICY_INPUT}) { id } }`,
    variables: (own) => ({ id: own.sla.policyId, queueId: own.teamId, priority: 'LOW' }),
    resultPath: ['updateSlaPolicy'],
    allowed: SLA_WRITERS,
  },
  {
    operation: 'createBusinessCalendar',
    subgraph: 'service',
    document: `mutation ($queueId: ID!) { createBusinessCalendar(input: ${CALENDAR_INPUT}) { id } }`,
    variables: (own) => ({ queueId: own.sla.spareQueueId }),
    resultPath: ['createBusinessCalendar'],
    allowed: SLA_WRITERS,
  },
  {
    operation: 'updateBusinessCalendar',
    subgraph: 'service',
    document: `mutation ($id: ID!, $queueId: ID!) { updateBusinessCalendar(id: $id, version: 1, input: ${CALENDAR_INPUT}) { id } }`,
    variables: (own) => ({ id: own.sla.calendarId, queueId: own.teamId }),
    resultPath: ['updateBusinessCalendar'],
    allowed: SLA_WRITERS,
  },
  {
    operation: 'Ticket.sla',
    subgraph: 'service',
    document: `query ($id: ID!) { ticket(id: $id) { id sla { state } } }`,
    variables: (own) => ({ id: own.ticketId }),
    resultPath: ['ticket'],
    allowed: TICKET_READERS,
  },
];
