import type { SchemaObject } from 'ajv';
import { SERVICE_NAMES } from '@crm/config';
import { EVENT_CATALOGUE, type EventType } from './catalogue';
import { dataSchemaOf, sourceOf } from './cloud-event-attributes';
import { SYSTEM_ACTOR } from './cloud-event';
import { toPlainJsonSchema } from './plain-json-schema';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

// Attribute rules: https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/spec.md#context-attributes
const ATTRIBUTES = {
  specversion: { type: 'string', const: '1.0', description: 'CloudEvents version.' },
  id: { type: 'string', format: 'uuid', description: 'Event id (UUID v7); consumers deduplicate on it.' },
  source: {
    type: 'string',
    pattern: `^/crm/(${SERVICE_NAMES.join('|')})$`,
    description: 'The publishing service: /crm/<service>.',
  },
  type: {
    type: 'string',
    pattern: '^crm\\.[a-z0-9-]+(\\.[a-z0-9_-]+)+$',
    description: 'Event type, e.g. crm.customer.customer.lifecycle_changed (the action may be snake_case).',
  },
  subject: { type: 'string', format: 'uuid', description: 'Aggregate id; also the Kafka message key.' },
  time: { type: 'string', format: 'date-time', pattern: 'Z$', description: 'When it happened (UTC).' },
  datacontenttype: { type: 'string', const: 'application/json' },
  dataschema: { type: 'string', format: 'uri', description: 'URN of the JSON Schema of data.' },
  data: { type: 'object' },
  actor: {
    type: 'string',
    pattern: `^(${SYSTEM_ACTOR}|${UUID})$`,
    description: `Extension: id of the user who made the change, or "${SYSTEM_ACTOR}".`,
  },
  correlationid: {
    type: 'string',
    minLength: 1,
    maxLength: 200,
    description: 'Extension: shared by every event of one request or saga.',
  },
  traceparent: {
    type: 'string',
    pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$',
    description:
      'Extension (CloudEvents Distributed Tracing): W3C trace context of the change (https://www.w3.org/TR/trace-context/#traceparent-header).',
  },
  tracestate: {
    type: 'string',
    maxLength: 512,
    description:
      'Extension (CloudEvents Distributed Tracing): W3C vendor trace state (https://www.w3.org/TR/trace-context/#tracestate-header).',
  },
};

/** Extensions an event may leave out: a change made outside any trace has no trace context. */
const OPTIONAL_ATTRIBUTES = new Set(['traceparent', 'tracestate']);

/** Any CRM event, whatever its type: checks the envelope, not `data`. */
export const CLOUD_EVENT_SCHEMA: SchemaObject = {
  type: 'object',
  required: Object.keys(ATTRIBUTES).filter((attribute) => !OPTIONAL_ATTRIBUTES.has(attribute)),
  properties: ATTRIBUTES,
  // Unknown extensions are tolerated (changes are additive), but must be named as the spec says.
  propertyNames: { pattern: '^[a-z0-9]{1,20}$' },
};

/** One event type in full: the envelope with its type, source and dataschema fixed, and its data schema. */
export function cloudEventSchemaOf(type: EventType): SchemaObject {
  const definition = EVENT_CATALOGUE[type];
  return {
    ...CLOUD_EVENT_SCHEMA,
    title: type,
    description: definition.description,
    properties: {
      ...ATTRIBUTES,
      type: fixed(ATTRIBUTES.type, type),
      source: fixed(ATTRIBUTES.source, sourceOf(definition.service)),
      dataschema: fixed(ATTRIBUTES.dataschema, dataSchemaOf(type)),
      data: toPlainJsonSchema(definition.schema),
    },
  };
}

function fixed(attribute: { description: string }, value: string) {
  return { type: 'string', const: value, description: attribute.description };
}
