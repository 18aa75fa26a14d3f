import type { ServiceName } from '@crm/config';
import { NULL_SCHEMA, type EventDefinition } from '../event-definition';

export interface AuditChange {
  field: string;
  /** JSON of the value before the change; null when the entity was created. */
  before: string | null;
  /** JSON of the value after the change; null when the field was cleared or the entity erased. */
  after: string | null;
}

export interface AuditRecordedPayload {
  entityType: string;
  entityId: string;
  action: string;
  actorId: string;
  changes: AuditChange[];
  occurredAt: string;
}

export type AuditRecordedType<S extends ServiceName> = `crm.${S}.audit.recorded`;

/**
 * Every mutation of service S records who changed what, before and after, in the same
 * transaction as the change (it rides on the outbox like any event).
 */
export function auditRecorded<S extends ServiceName>(
  service: S,
): EventDefinition<AuditRecordedType<S>, AuditRecordedPayload> {
  return {
    type: `crm.${service}.audit.recorded`,
    service,
    aggregate: 'audit',
    version: 1,
    description: `A user changed data owned by the ${service} service: who, what, and each field before and after.`,
    aggregateIdField: 'entityId',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['entityType', 'entityId', 'action', 'actorId', 'changes', 'occurredAt'],
      properties: {
        entityType: { type: 'string', minLength: 1 },
        entityId: { type: 'string', format: 'uuid' },
        action: { type: 'string', minLength: 1 },
        actorId: { type: 'string', minLength: 1 },
        changes: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['field', 'before', 'after'],
            properties: {
              field: { type: 'string' },
              before: { anyOf: [{ type: 'string' }, NULL_SCHEMA] },
              after: { anyOf: [{ type: 'string' }, NULL_SCHEMA] },
            },
          },
        },
        occurredAt: { type: 'string', format: 'date-time' },
      },
    },
    example: {
      entityType: 'Customer',
      entityId: '01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d',
      action: 'createCustomer',
      actorId: '01950c80-0000-7000-8000-00000000a11c',
      changes: [{ field: 'name', before: null, after: '"Acme Logistics GmbH"' }],
      occurredAt: '2025-02-03T09:30:00.000Z',
    },
  };
}
