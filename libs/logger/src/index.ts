import pino, { type Logger } from 'pino';

export type { Logger };

/** One structured JSON logger per process component; level from LOG_LEVEL. */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ name, level });
}
