import { trace } from '@opentelemetry/api';

/** Fields of a log line written inside a span, so a log search leads to its trace and back. */
export interface LogTraceFields {
  trace_id?: string;
  span_id?: string;
  trace_flags?: string;
}

/**
 * The active span's ids in the names OpenTelemetry's log data model uses; none outside a span. A new
 * object each call: pino's mixin merges the line's fields into it.
 */
export function activeLogTraceFields(): LogTraceFields {
  const span = trace.getActiveSpan();
  if (span === undefined) return {};
  const { traceId, spanId, traceFlags } = span.spanContext();
  return { trace_id: traceId, span_id: spanId, trace_flags: `0${traceFlags.toString(16)}`.slice(-2) };
}
