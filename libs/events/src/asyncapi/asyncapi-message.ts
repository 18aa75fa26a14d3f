import { buildEvent } from '../build-event';
import { aggregateIdOf, EVENT_CATALOGUE, type EventType } from '../catalogue';
import { CLOUD_EVENT_CONTENT_TYPE } from '../cloud-event';
import { cloudEventSchemaOf } from '../cloud-event.schema';
import { EVENT_MESSAGE_HEADERS } from './asyncapi-message-headers';

// Fixed, so the generated document only changes when the catalogue does.
const EXAMPLE_CONTEXT = {
  id: '01950c8c-0000-7000-8000-000000000001',
  time: new Date('2025-02-03T10:15:00.000Z'),
  actor: '01950c80-0000-7000-8000-00000000a11c',
  correlationId: '01950c8c-0000-7000-8000-0000000000c0',
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
};

/** The AsyncAPI 3 message of one event type: the whole CloudEvent as payload, keyed by aggregate id. */
export function asyncApiMessageOf(type: EventType): object {
  const { service, aggregate, aggregateIdField, description, example } = EVENT_CATALOGUE[type];
  return {
    name: type,
    title: type,
    summary: description,
    contentType: CLOUD_EVENT_CONTENT_TYPE,
    tags: [{ name: service }],
    correlationId: {
      description: 'Shared by every event of one request or saga.',
      location: '$message.payload#/correlationid',
    },
    headers: EVENT_MESSAGE_HEADERS,
    payload: cloudEventSchemaOf(type),
    bindings: {
      kafka: {
        key: {
          type: 'string',
          format: 'uuid',
          description: `The ${aggregate} id (data.${aggregateIdField}, the event subject): one ${aggregate}'s events stay in order.`,
        },
        bindingVersion: '0.5.0',
      },
    },
    examples: [
      {
        name: 'example',
        payload: buildEvent(type, {
          ...EXAMPLE_CONTEXT,
          subject: String(aggregateIdOf(type, example)),
          data: example,
        }),
      },
    ],
  };
}
