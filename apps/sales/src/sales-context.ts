import type { RequestContext } from '@crm/subgraph-kit';
import type { SalesLoaders } from './sales-loaders';

/** What every sales resolver receives (the generated resolver types use it). */
export type SalesContext = RequestContext<SalesLoaders>;
