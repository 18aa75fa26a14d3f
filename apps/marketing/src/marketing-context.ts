import type { RequestContext } from '@crm/subgraph-kit';
import type { MarketingLoaders } from './marketing-loaders';

/** What every marketing resolver receives (the generated resolver types use it). */
export type MarketingContext = RequestContext<MarketingLoaders>;
