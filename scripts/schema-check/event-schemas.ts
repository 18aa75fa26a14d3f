import type { JsonSchema } from './json-schema-changes';

/** What the gate compares of one event type: its version and the schema of its `data`. */
export interface EventSchema {
  readonly version: number;
  readonly data: JsonSchema;
}

// dataschema is `urn:crm:schema:<type>:<version>` (libs/events/src/cloud-event-attributes.ts).
const DATA_SCHEMA_URN = /^urn:crm:schema:(.+):(\d+)$/;

interface AsyncApiMessage {
  payload?: { properties?: { dataschema?: { const?: unknown }; data?: JsonSchema } };
}

/**
 * Every event type's schema in an AsyncAPI document generated from the catalogue
 * (docs/asyncapi.json): the committed document is the catalogue's snapshot at any commit, so the
 * baseline is read without running old TypeScript. Messages without a dataschema (dead letters) are
 * no event type.
 */
export function eventSchemasOf(asyncApiDocument: unknown): Map<string, EventSchema> {
  const messages = (asyncApiDocument as { components?: { messages?: Record<string, AsyncApiMessage> } })
    .components?.messages;
  const schemas = new Map<string, EventSchema>();
  for (const message of Object.values(messages ?? {})) {
    const { dataschema, data } = message.payload?.properties ?? {};
    const urn = typeof dataschema?.const === 'string' ? DATA_SCHEMA_URN.exec(dataschema.const) : null;
    if (urn && data !== undefined) schemas.set(urn[1], { version: Number(urn[2]), data });
  }
  return schemas;
}
