import { SUPPORT, TICKET_READERS, byCustomer, type MatrixRow } from './matrix-row';

/** Support managers (and admins) shape queues: assignment rules. */
const QUEUE_MANAGERS = ['ADMIN', 'SUPPORT_MANAGER'] as const;

/** The service rows of the authorization matrix. */
export const SERVICE_ROWS: readonly MatrixRow[] = [
  {
    operation: 'ticket',
    subgraph: 'service',
    document: `query ($id: ID!) { ticket(id: $id) { id subject comments { id } history { toStatus } } }`,
    variables: (own) => ({ id: own.ticketId }),
    resultPath: ['ticket'],
    allowed: TICKET_READERS,
  },
  {
    operation: 'openTicket',
    subgraph: 'service',
    document: `mutation ($customerId: ID!) { openTicket(input: { customerId: $customerId, subject: "Matrix" }) { id } }`,
    variables: (own) => ({ customerId: own.customerId }),
    resultPath: ['openTicket'],
    allowed: SUPPORT,
  },
  {
    operation: 'Customer.tickets',
    subgraph: 'service',
    document: `query ($id: ID!) { customer(id: $id) { id tickets { edges { node { id } } } } }`,
    variables: byCustomer,
    resultPath: ['customer', 'tickets'],
    allowed: TICKET_READERS,
  },
  {
    operation: 'tickets',
    subgraph: 'service',
    document: `query ($queueId: ID!) { tickets(filter: { queueId: $queueId }) { edges { node { id } } } }`,
    variables: (own) => ({ queueId: own.teamId }),
    resultPath: ['tickets'],
    allowed: TICKET_READERS,
  },
  {
    operation: 'myTickets',
    subgraph: 'service',
    document: `query { myTickets { edges { node { id } } } }`,
    resultPath: ['myTickets'],
    allowed: TICKET_READERS,
  },
  {
    operation: 'queues',
    subgraph: 'service',
    document: `query { queues { id openCount counts { status count } } }`,
    resultPath: ['queues'],
    allowed: TICKET_READERS,
  },
  {
    operation: 'replyToTicket',
    subgraph: 'service',
    document: `mutation ($id: ID!) { replyToTicket(input: { ticketId: $id, body: "Matrix reply" }) { id } }`,
    variables: (own) => ({ id: own.ticketId }),
    resultPath: ['replyToTicket'],
    allowed: SUPPORT,
  },
  {
    operation: 'addTicketNote',
    subgraph: 'service',
    document: `mutation ($id: ID!) { addTicketNote(input: { ticketId: $id, body: "Matrix note" }) { id } }`,
    variables: (own) => ({ id: own.ticketId }),
    resultPath: ['addTicketNote'],
    allowed: SUPPORT,
  },
  {
    operation: 'moveTicket',
    subgraph: 'service',
    document: `mutation ($id: ID!) { moveTicket(input: { ticketId: $id, to: IN_PROGRESS }) { id status } }`,
    variables: (own) => ({ id: own.tickets.toStart }),
    resultPath: ['moveTicket'],
    allowed: SUPPORT,
  },
  {
    operation: 'assignTicket',
    subgraph: 'service',
    document: `mutation ($id: ID!, $agentId: ID!) { assignTicket(input: { ticketId: $id, assigneeId: $agentId }) { id } }`,
    variables: (own) => ({ id: own.tickets.toAssign, agentId: own.tickets.agentId }),
    resultPath: ['assignTicket'],
    allowed: SUPPORT,
  },
  {
    operation: 'mergeTicket',
    subgraph: 'service',
    document: `mutation ($duplicateId: ID!, $intoId: ID!) { mergeTicket(input: { duplicateId: $duplicateId, intoId: $intoId }) { id } }`,
    variables: (own) => ({ duplicateId: own.tickets.duplicate, intoId: own.ticketId }),
    resultPath: ['mergeTicket'],
    allowed: SUPPORT,
  },
  {
    operation: 'changeTicketPriority',
    subgraph: 'service',
    document: `mutation ($id: ID!) { changeTicketPriority(input: { ticketId: $id, priority: HIGH }) { id } }`,
    variables: (own) => ({ id: own.ticketId }),
    resultPath: ['changeTicketPriority'],
    allowed: SUPPORT,
  },
  {
    operation: 'setQueueAssignmentRule',
    subgraph: 'service',
    // No rule (kind omitted): new tickets of the queue wait for an agent, as before.
    document: `mutation ($queueId: ID!) { setQueueAssignmentRule(input: { queueId: $queueId }) { id } }`,
    variables: (own) => ({ queueId: own.teamId }),
    resultPath: ['setQueueAssignmentRule'],
    allowed: [...QUEUE_MANAGERS],
  },
];
