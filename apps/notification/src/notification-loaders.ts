import type { DataSource } from 'typeorm';
import type { NotificationModule } from './notification-module';

/** The request-scoped DataLoaders of the notification subgraph: each module's, one set per request. */
export function createNotificationLoaders(dataSource: DataSource, modules: NotificationModule[]) {
  return Object.assign({}, ...modules.map((module) => module.loaders?.(dataSource) ?? {})) as Record<
    string,
    unknown
  >;
}

export type NotificationLoaders = ReturnType<typeof createNotificationLoaders>;
