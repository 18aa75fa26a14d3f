import type { RequestContext } from '@crm/subgraph-kit';
import type { IdentityLoaders } from './identity-loaders';

/** What every identity resolver receives (the generated resolver types use it). */
export type IdentityContext = RequestContext<IdentityLoaders>;
