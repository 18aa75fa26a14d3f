import { SUPPORT, TICKET_READERS, byCustomer, type MatrixRow } from './matrix-row';

/** The service rows of the authorization matrix. */
export const SERVICE_ROWS: readonly MatrixRow[] = [
  {
    operation: 'ticket',
    subgraph: 'service',
    document: `query ($id: ID!) { ticket(id: $id) { id subject } }`,
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
];
