import pino, { type Logger } from 'pino';
import { activeLogTraceFields } from '@crm/telemetry';

export type { Logger };

/**
 * One structured JSON logger per process component; level from LOG_LEVEL. A line written inside a
 * traced request or event carries its `trace_id` and `span_id`.
 */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ name, level, mixin: activeLogTraceFields });
}
