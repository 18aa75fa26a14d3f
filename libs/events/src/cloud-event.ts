/**
 * A CloudEvents 1.0 event in structured JSON mode, with the platform's extension attributes
 * (DESIGN §4). https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/spec.md
 */
export interface CloudEvent<TType extends string = string, TData = unknown> {
  readonly specversion: '1.0';
  /** UUID v7. Consumers record it in their inbox, so a redelivered event is applied once. */
  readonly id: string;
  /** `/crm/<service>`: the service that owns the aggregate. */
  readonly source: string;
  readonly type: TType;
  /** The aggregate id; also the Kafka message key, so one aggregate's events stay in order. */
  readonly subject: string;
  /** When the change happened, ISO-8601 in UTC. */
  readonly time: string;
  readonly datacontenttype: 'application/json';
  /** Names the JSON Schema of `data`: `urn:crm:schema:<type>:<version>`. */
  readonly dataschema: string;
  readonly data: TData;
  /** Extension: the user who made the change, or `system`. */
  readonly actor: string;
  /** Extension: shared by every event of one request or saga. */
  readonly correlationid: string;
  /**
   * Extension (CloudEvents Distributed Tracing): W3C trace context of the change, so consumers continue
   * its trace. https://www.w3.org/TR/trace-context/#traceparent-header
   */
  readonly traceparent?: string;
  /** Extension (CloudEvents Distributed Tracing): vendor trace state. https://www.w3.org/TR/trace-context/#tracestate-header */
  readonly tracestate?: string;
}

/** The `actor` of changes no user asked for (schedules, sagas, imports). */
export const SYSTEM_ACTOR = 'system';

/** Media type of a structured-mode message. https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/bindings/kafka-protocol-binding.md */
export const CLOUD_EVENT_CONTENT_TYPE = 'application/cloudevents+json';
