/**
 * The package entry of @crm/service: what other projects may use of this app (the in-process test
 * platform, scripts). main.ts runs the service; nothing else reaches into src/.
 */
export { startServiceSubgraph, serviceTypeDefs } from './service-subgraph';
export { ticketListOrder, ticketListQuery, type TicketListFilter } from './data/ticket-list.repository';
