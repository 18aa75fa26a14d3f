import { CLOUD_EVENT_CONTENT_TYPE } from '../cloud-event';

/**
 * The Kafka headers of every event message (the outbox relay sets them). `traceparent` names the
 * relay's publish span, a child of the event's own `traceparent`: a consumer continues the trace
 * from the header, or from the event when the header is missing.
 */
export const EVENT_MESSAGE_HEADERS = {
  type: 'object',
  properties: {
    'content-type': { type: 'string', const: CLOUD_EVENT_CONTENT_TYPE },
    ce_type: { type: 'string', description: 'The event type, to route without parsing the payload.' },
    traceparent: {
      type: 'string',
      pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$',
      description:
        'W3C trace context of the publish (https://www.w3.org/TR/trace-context/#traceparent-header).',
    },
    tracestate: {
      type: 'string',
      description: 'W3C vendor trace state (https://www.w3.org/TR/trace-context/#tracestate-header).',
    },
  },
  required: ['content-type', 'ce_type'],
};
