import { EventEmitter } from 'node:events';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Every SQL statement a data source runs, announced as ('query', schema, sql). Tests count
 * statements per request with it (the N+1 checks); with no listener it costs nothing.
 */
export const queryObserver = new EventEmitter();

export function observingLogger(schema: string): TypeOrmLogger {
  return {
    logQuery: (query) => {
      if (queryObserver.listenerCount('query') > 0) queryObserver.emit('query', schema, query);
    },
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
}
