import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { IHeaders } from 'kafkajs';
import { contextWithParent, traceContextOf, type TraceContextFields } from '@crm/telemetry';

/** What the relay reads of an outbox row to trace its publication. */
export interface PublishedRow {
  topic: string;
  event_type: string;
  message_key: string;
  payload: object;
}

const tracer = trace.getTracer('@crm/messaging');

/**
 * One PRODUCER span per event the relay sends, a child of the change that wrote the event (its
 * `traceparent`), so the trace goes on from the request to Kafka. The message's `traceparent` header
 * names this span: the consumer's span becomes its child. With tracing off the spans cost nothing
 * and the header passes the event's own trace context on.
 * https://opentelemetry.io/docs/specs/semconv/messaging/kafka/
 */
export class OutboxPublishSpans {
  private readonly spans: Span[];

  constructor(rows: PublishedRow[], kafkaTopicOf: (topic: string) => string) {
    this.spans = rows.map((row) => startPublishSpan(row, kafkaTopicOf(row.topic)));
  }

  /** The trace headers of the i-th row's message. */
  headersOf(index: number): IHeaders {
    return { ...traceContextOf(trace.setSpan(context.active(), this.spans[index])) };
  }

  /** Runs the send, then ends every span: failed when Kafka did not take the batch. */
  async around<T>(send: () => Promise<T>): Promise<T> {
    try {
      const sent = await send();
      this.end();
      return sent;
    } catch (error) {
      this.end(error);
      throw error;
    }
  }

  private end(error?: unknown): void {
    for (const span of this.spans) {
      if (error !== undefined) {
        span.recordException(error instanceof Error ? error : String(error));
        span.setStatus({ code: SpanStatusCode.ERROR, message: 'Kafka did not acknowledge the batch' });
      }
      span.end();
    }
  }
}

function startPublishSpan(row: PublishedRow, kafkaTopic: string): Span {
  const event = row.payload as TraceContextFields & { id?: string };
  return tracer.startSpan(
    `send ${kafkaTopic}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'send',
        'messaging.operation.name': 'send',
        'messaging.destination.name': kafkaTopic,
        'messaging.kafka.message.key': row.message_key,
        'messaging.message.id': String(event.id),
        'cloudevents.event_id': String(event.id),
        'cloudevents.event_type': row.event_type,
      },
    },
    contextWithParent(context.active(), event),
  );
}
