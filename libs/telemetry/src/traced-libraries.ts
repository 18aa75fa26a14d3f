import type { IncomingMessage } from 'node:http';
import type { InstrumentationBase } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';

/** Probes and key fetches, asked every few seconds: each would be a trace of its own. */
const UNTRACED_PATHS = /^\/(healthz|readyz|metrics|\.well-known\/)/;

/**
 * What the platform traces by itself: HTTP in (every app) and out (the gateway's undici pool to the
 * subgraphs, fetch), and SQL unless told not to (nothing recorded: only HTTP carries the context).
 * Outgoing calls and SQL only inside a trace, so the outbox relay's polls and other background
 * statements do not each start one.
 */
export function tracedLibraries({ sql }: { sql: boolean }): InstrumentationBase[] {
  return [
    new HttpInstrumentation({
      ignoreIncomingRequestHook: (request: IncomingMessage) => UNTRACED_PATHS.test(request.url ?? ''),
      requireParentforOutgoingSpans: true,
    }),
    new UndiciInstrumentation({ requireParentforSpans: true }),
    ...(sql ? [new PgInstrumentation({ requireParentSpan: true })] : []),
  ];
}
