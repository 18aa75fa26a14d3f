import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { IHeaders } from 'kafkajs';
import type { AnyCloudEvent } from '@crm/events';
import { contextWithParent, type TraceContextFields } from '@crm/telemetry';

const tracer = trace.getTracer('@crm/messaging');

/** The W3C trace context a message's headers carry (the relay's publish span); empty without. */
export function traceHeadersOf(headers: IHeaders | undefined): TraceContextFields {
  const fields: TraceContextFields = {};
  const traceparent = headers?.traceparent;
  const tracestate = headers?.tracestate;
  if (traceparent !== undefined) fields.traceparent = String(traceparent);
  if (tracestate !== undefined) fields.tracestate = String(tracestate);
  return fields;
}

/**
 * Applies one event in a CONSUMER span that continues the trace of its publication (the message's
 * headers, else the event's own Distributed Tracing extension), so the handler's SQL and the events
 * it publishes belong to the trace of the request that started it all.
 * https://opentelemetry.io/docs/specs/semconv/messaging/messaging-spans/
 */
export function inProcessSpan<T>(
  event: AnyCloudEvent,
  delivery: { topic: string; trace?: TraceContextFields },
  apply: () => Promise<T>,
): Promise<T> {
  const parent = delivery.trace?.traceparent === undefined ? event : delivery.trace;
  const span = tracer.startSpan(
    `process ${delivery.topic}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'process',
        'messaging.operation.name': 'process',
        'messaging.destination.name': delivery.topic,
        'messaging.message.id': event.id,
        'cloudevents.event_id': event.id,
        'cloudevents.event_type': event.type,
        'cloudevents.event_subject': event.subject,
      },
    },
    contextWithParent(context.active(), parent),
  );
  return context.with(trace.setSpan(context.active(), span), async () => {
    try {
      return await apply();
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR, message: 'the handler failed' });
      throw error;
    } finally {
      span.end();
    }
  });
}
