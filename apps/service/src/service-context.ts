import type { RequestContext } from '@crm/subgraph-kit';
import type { ServiceLoaders } from './service-loaders';

/** What every service resolver receives (the generated resolver types use it). */
export type ServiceContext = RequestContext<ServiceLoaders>;
