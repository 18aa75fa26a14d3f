import { v7 as uuidv7 } from 'uuid';
import { traceContextOf, type TraceContextFields } from '@crm/telemetry';
import { EVENT_CATALOGUE, type CloudEventOf, type EventPayload, type EventType } from './catalogue';
import { dataSchemaOf, sourceOf } from './cloud-event-attributes';
import { assertEventOfType } from './event-validator';

export interface EventInput<T extends EventType> {
  /** The aggregate id (the same as in `data`); it becomes the Kafka message key. */
  subject: string;
  data: EventPayload<T>;
  /** The user who made the change, or SYSTEM_ACTOR. */
  actor: string;
  /** Defaults to the new event's id: a new chain of events starts here. */
  correlationId?: string;
  /** W3C trace context of the change; defaults to the active span's, so the event continues its trace. */
  traceparent?: string;
  tracestate?: string;
  /** Defaults to now. */
  time?: Date;
  /** Defaults to a new UUID v7. */
  id?: string;
}

/**
 * Builds a catalogue event, validated against its schema: a producer cannot emit an invalid event.
 * @throws EventValidationError naming every field that does not match.
 */
export function buildEvent<T extends EventType>(type: T, input: EventInput<T>): CloudEventOf<T> {
  const id = input.id ?? uuidv7();
  const event = {
    specversion: '1.0',
    id,
    source: sourceOf(EVENT_CATALOGUE[type].service),
    type,
    subject: input.subject,
    time: (input.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    dataschema: dataSchemaOf(type),
    data: input.data,
    actor: input.actor,
    correlationid: input.correlationId ?? id,
    ...traceExtensionsOf(input),
  };
  assertEventOfType(type, event);
  return event;
}

/** The CloudEvents Distributed Tracing extension: https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/extensions/distributed-tracing.md */
function traceExtensionsOf(input: EventInput<EventType>): TraceContextFields {
  if (input.traceparent === undefined) return traceContextOf();
  return input.tracestate === undefined
    ? { traceparent: input.traceparent }
    : { traceparent: input.traceparent, tracestate: input.tracestate };
}
