import type { JSONSchemaType } from 'ajv';
import type { ServiceName } from '@crm/config';

/** One entry of the event catalogue: what a producer, a consumer and a data team need to know. */
export interface EventDefinition<TType extends string, TPayload extends object> {
  /** `crm.<service>.<aggregate>.<what happened>` */
  readonly type: TType;
  readonly service: ServiceName;
  readonly aggregate: string;
  /** Changes are additive; a breaking change is a new type with the next version (DESIGN §4). */
  readonly version: number;
  readonly description: string;
  /** The field of `data` holding the aggregate id, which is the event's subject and Kafka key. */
  readonly aggregateIdField: keyof TPayload & string;
  /** Typed by the payload, so the TypeScript type and the JSON Schema cannot drift apart. */
  readonly schema: JSONSchemaType<TPayload>;
  /** A valid payload: documents the type in AsyncAPI and seeds tests. */
  readonly example: TPayload;
}

/**
 * The null branch of a required `T | null` property: `{ anyOf: [{ type: 'string' }, NULL_SCHEMA] }`.
 * ajv's JSONSchemaType accepts `nullable: true` only on optional properties.
 */
export const NULL_SCHEMA = { type: 'null', nullable: true } as const;
