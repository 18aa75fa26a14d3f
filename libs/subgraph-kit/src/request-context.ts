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
}
