import { DEFAULT_KAFKA_BROKERS, SERVICE_NAMES } from '@crm/config';
import { CLOUD_EVENT_CONTENT_TYPE } from '../cloud-event';
import { EVENT_CATALOGUE, EVENT_TYPES } from '../catalogue';
import { topicOf, topicsOf } from '../event-topics';
import { DEAD_LETTER_CHANNEL, DEAD_LETTER_MESSAGE, deadLetterParts } from './asyncapi-dead-letters';
import { asyncApiMessageOf } from './asyncapi-message';

const DESCRIPTION = `Every domain event the CRM services publish, generated from the event catalogue (@crm/events).

- One topic per aggregate, \`crm.<service>.<aggregate>.v1\`; the message key is the aggregate id, so the events of one aggregate arrive in order.
- Every message is a CloudEvents 1.0 event in structured JSON mode (https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/spec.md); \`data\` follows the JSON Schema named by \`dataschema\`.
- Extension attributes: \`actor\` (user id or "system"), \`correlationid\`, \`traceparent\` and \`tracestate\` (CloudEvents Distributed Tracing: the W3C trace context of the change; the Kafka headers of the same names carry the publish's, so a consumer continues the trace).
- Delivery is at least once: deduplicate on \`id\`.
- A message a consumer group cannot apply goes to that group's dead-letter topic \`<group>.dlq\`, with \`dlq-*\` headers saying why and where it came from.
- Changes are additive (new optional fields, new types); a breaking change is a new type version.`;

/** An AsyncAPI document as plain JSON data: what a file or @asyncapi/parser takes. */
export type AsyncApiDocument = { asyncapi: '3.0.0' } & Record<string, unknown>;

/** An AsyncAPI 3.0.0 document of every topic, from a consumer's point of view (what it receives). */
export function generateAsyncApiDocument(): AsyncApiDocument {
  const topics = SERVICE_NAMES.flatMap(topicsOf);
  const deadLetters = deadLetterParts();
  return {
    asyncapi: '3.0.0',
    info: { title: 'CRM platform domain events', version: '1.0.0', description: DESCRIPTION },
    defaultContentType: CLOUD_EVENT_CONTENT_TYPE,
    servers: {
      local: {
        host: DEFAULT_KAFKA_BROKERS,
        protocol: 'kafka',
        description: 'Kafka on a developer machine (npm run kafka:up).',
      },
    },
    channels: {
      ...Object.fromEntries(topics.map((topic) => [topic, channelOf(topic)])),
      [DEAD_LETTER_CHANNEL]: deadLetters.channel,
    },
    operations: {
      ...Object.fromEntries(topics.map((topic) => [`receive.${topic}`, receiveOperationOf(topic)])),
      [`receive.${DEAD_LETTER_CHANNEL}`]: deadLetters.operation,
    },
    components: {
      messages: {
        ...Object.fromEntries(EVENT_TYPES.map((type) => [type, asyncApiMessageOf(type)])),
        [DEAD_LETTER_MESSAGE]: deadLetters.message,
      },
    },
  };
}

function eventTypesOnTopic(topic: string) {
  return EVENT_TYPES.filter((type) => topicOf(type) === topic);
}

function channelOf(topic: string): object {
  const { service, aggregate } = EVENT_CATALOGUE[eventTypesOnTopic(topic)[0]];
  return {
    address: topic,
    title: topic,
    description: `Events of the ${aggregate} aggregate, published by the ${service} service. Key: the ${aggregate} id.`,
    servers: [{ $ref: '#/servers/local' }],
    messages: Object.fromEntries(
      eventTypesOnTopic(topic).map((type) => [type, { $ref: `#/components/messages/${type}` }]),
    ),
  };
}

function receiveOperationOf(topic: string): object {
  return {
    action: 'receive',
    title: `Receive ${topic}`,
    summary: `What a consumer of ${topic} receives.`,
    channel: { $ref: `#/channels/${topic}` },
    messages: eventTypesOnTopic(topic).map((type) => ({ $ref: `#/channels/${topic}/messages/${type}` })),
  };
}
