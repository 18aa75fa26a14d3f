import type { RequestContext } from '@crm/subgraph-kit';
import type { CustomerLoaders } from './customer-loaders';

/** What every customer resolver receives (the generated resolver types use it). */
export type CustomerContext = RequestContext<CustomerLoaders>;
