import { SERVICE_NAMES } from '@crm/config';
import { CLOUD_EVENT_CONTENT_TYPE } from '../cloud-event';
import { DEAD_LETTER_HEADERS, deadLetterTopicOf } from '../dead-letter-headers';

/** The channel id of the dead-letter topics in the document. */
export const DEAD_LETTER_CHANNEL = 'dead-letters';
const MESSAGE = 'dead-letter';

const description = `Messages a consumer group gave up on (DESIGN §4): after its retries, or at once when the value is not a valid CloudEvent, the message goes to \`<group>.dlq\` and the partition moves on. Key and value are the original's, unchanged; the headers are the original's plus the \`dlq-*\` headers saying why and where it came from. Each service's group is \`crm.<service>\` unless KAFKA_GROUP_ID says otherwise.`;

/** The AsyncAPI channel, operation and message of the `<group>.dlq` topics. */
export function deadLetterParts() {
  return {
    channel: {
      address: deadLetterTopicOf('{groupId}'),
      title: 'Dead letters of a consumer group',
      description,
      servers: [{ $ref: '#/servers/local' }],
      parameters: {
        groupId: {
          description:
            'The consumer group that parked the message (KAFKA_GROUP_ID; default `crm.<service>`).',
          examples: SERVICE_NAMES.map((service) => `crm.${service}`),
        },
      },
      messages: { [MESSAGE]: { $ref: `#/components/messages/${MESSAGE}` } },
    },
    operation: {
      action: 'receive',
      title: 'Receive dead letters',
      summary: 'What an operator (or a replay tool) reads from `<group>.dlq`.',
      channel: { $ref: `#/channels/${DEAD_LETTER_CHANNEL}` },
      messages: [{ $ref: `#/channels/${DEAD_LETTER_CHANNEL}/messages/${MESSAGE}` }],
    },
    message: {
      name: MESSAGE,
      title: 'Dead letter',
      summary: 'An original message with why it could not be applied and where it came from.',
      contentType: CLOUD_EVENT_CONTENT_TYPE,
      headers: {
        type: 'object',
        required: Object.values(DEAD_LETTER_HEADERS).map((header) => header.name),
        properties: {
          ...Object.fromEntries(
            Object.values(DEAD_LETTER_HEADERS).map(({ name, description }) => [
              name,
              { type: 'string', description },
            ]),
          ),
          'content-type': { type: 'string', description: "The original's, when it had one." },
          ce_type: { type: 'string', description: "The original's CloudEvent type, when it had one." },
        },
      },
      payload: {
        description:
          "The original message value, byte for byte: usually a CloudEvent of the original topic (see that topic's channel), or the bytes that were not one.",
      },
      bindings: {
        kafka: {
          key: { type: 'string', description: "The original message's key (the aggregate id)." },
          bindingVersion: '0.5.0',
        },
      },
    },
  };
}

export const DEAD_LETTER_MESSAGE = MESSAGE;
