import type { RequestContext } from '@crm/subgraph-kit';
import type { AnalyticsLoaders } from './analytics-loaders';

/** What every analytics resolver receives (the generated resolver types use it). */
export type AnalyticsContext = RequestContext<AnalyticsLoaders>;
