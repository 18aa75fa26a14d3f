import type { Caller } from '@crm/auth';
import type { DataSource } from 'typeorm';
import type { ServiceName } from '@crm/config';

/** What every resolver receives: who is asking, the service's data source, and per-request loaders. */
export interface RequestContext<TLoaders = unknown> {
  service: ServiceName;
  caller: Caller;
  dataSource: DataSource;
  loaders: TLoaders;
  /** Forwarded to events so one request's effects can be traced across services. */
  correlationId: string;
  /** The client's IP address as the gateway saw it; absent when the gateway sent none. */
  clientAddress?: string;
}

/**
 * The header in which the gateway tells subgraphs the client's address. Subgraphs accept only
 * requests with the gateway's internal token, and the gateway forwards no client header, so only
 * the gateway can set it.
 */
export const CLIENT_ADDRESS_HEADER = 'x-crm-client-address';
