import { context, defaultTextMapGetter, defaultTextMapSetter, trace, type Context } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/**
 * W3C trace context as text (https://www.w3.org/TR/trace-context/): what a CloudEvent carries in its
 * Distributed Tracing extension and a Kafka message in its headers.
 */
export interface TraceContextFields {
  traceparent?: string;
  tracestate?: string;
}

// Always W3C, whatever OTEL_PROPAGATORS chose for HTTP: the event envelope names these attributes.
const w3c = new W3CTraceContextPropagator();

/** The trace context of `ctx`'s span (the active one by default); empty when there is none. */
export function traceContextOf(ctx: Context = context.active()): TraceContextFields {
  const fields: TraceContextFields = {};
  if (trace.getSpanContext(ctx) === undefined) return fields;
  w3c.inject(ctx, fields, defaultTextMapSetter);
  return fields;
}

/** `base` with the remote parent that `fields` name; `base` itself when they name none (or a malformed one). */
export function contextWithParent(base: Context, fields: TraceContextFields): Context {
  if (fields.traceparent === undefined) return base;
  return w3c.extract(base, fields, defaultTextMapGetter);
}
