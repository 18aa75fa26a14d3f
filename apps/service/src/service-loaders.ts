import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { loaderById, type Connection, type PageRequest } from '@crm/subgraph-kit';
import type { Ticket } from './data/ticket.entity';
import { findTicketsByIds, pageTicketsOfCustomers } from './data/ticket.repository';

interface CustomerPageKey extends PageRequest {
  customerId: string;
}

const pageKeyOf = (key: PageRequest) => `${key.first ?? ''}|${key.after ?? ''}`;

/** Batches Customer.tickets across a whole list: one query per distinct page request. */
function ticketsOfCustomerLoader(dataSource: DataSource) {
  return new DataLoader<CustomerPageKey, Connection<Ticket>, string>(
    async (keys) => {
      const pages = new Map<string, Map<string, Connection<Ticket>>>();
      for (const key of keys) {
        const pageKey = pageKeyOf(key);
        if (pages.has(pageKey)) continue;
        const customerIds = keys.filter((other) => pageKeyOf(other) === pageKey).map((k) => k.customerId);
        pages.set(pageKey, await pageTicketsOfCustomers(dataSource, customerIds, key));
      }
      return keys.map((key) => pages.get(pageKeyOf(key))!.get(key.customerId)!);
    },
    { cacheKeyFn: (key) => `${key.customerId}|${pageKeyOf(key)}` },
  );
}

export function createServiceLoaders(dataSource: DataSource) {
  return {
    ticketById: loaderById((ids) => findTicketsByIds(dataSource, ids)),
    ticketsOfCustomer: ticketsOfCustomerLoader(dataSource),
  };
}

export type ServiceLoaders = ReturnType<typeof createServiceLoaders>;
