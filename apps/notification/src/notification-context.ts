import type { RequestContext } from '@crm/subgraph-kit';
import type { NotificationLoaders } from './notification-loaders';

/** What every notification resolver receives (the generated resolver types use it). */
export type NotificationContext = RequestContext<NotificationLoaders>;
