import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

const NULLABLE_TEXT = { type: 'string', nullable: true } as const;

/** The new value of each changed field; fields that did not change are absent. */
export interface ContactValues {
  firstName?: string;
  lastName?: string;
  email?: string | null;
  phone?: string | null;
  jobTitle?: string | null;
  role?: string | null;
  primary?: boolean;
}

export interface ContactUpdatedPayload {
  contactId: string;
  customerId: string;
  changedFields: string[];
  values: ContactValues;
  version: number;
  updatedAt: string;
}

export const contactUpdated: EventDefinition<'crm.customer.contact.updated', ContactUpdatedPayload> = {
  type: 'crm.customer.contact.updated',
  service: 'customer',
  aggregate: 'contact',
  version: 1,
  description:
    'A contact changed: which fields and their new values. Making one contact primary also publishes this for the one that stops being primary.',
  aggregateIdField: 'contactId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['contactId', 'customerId', 'changedFields', 'values', 'version', 'updatedAt'],
    properties: {
      contactId: UUID,
      customerId: UUID,
      changedFields: { type: 'array', items: { type: 'string' }, minItems: 1 },
      values: {
        type: 'object',
        additionalProperties: false,
        required: [],
        properties: {
          firstName: NULLABLE_TEXT,
          lastName: NULLABLE_TEXT,
          email: NULLABLE_TEXT,
          phone: NULLABLE_TEXT,
          jobTitle: NULLABLE_TEXT,
          role: NULLABLE_TEXT,
          primary: { type: 'boolean', nullable: true },
        },
      },
      version: { type: 'integer', minimum: 1 },
      updatedAt: DATE_TIME,
    },
  },
  example: {
    contactId: '01950c8b-1111-7a2b-8c4d-5e6f7a8b9c0d',
    customerId: '01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d',
    changedFields: ['jobTitle', 'primary'],
    values: { jobTitle: 'Chief Procurement Officer', primary: true },
    version: 2,
    updatedAt: '2025-03-01T08:00:00.000Z',
  },
};
