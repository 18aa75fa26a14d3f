import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_STRING, UUID } from './schema-fragments';

const NULLABLE_TEXT = { type: 'string', nullable: true } as const;

export interface CustomerEmailEntry {
  address: string;
  label: string | null;
  primary: boolean;
}
export interface CustomerPhoneEntry {
  number: string;
  label: string | null;
  primary: boolean;
}
export interface CustomerAddressEntry {
  label: string | null;
  street: string;
  city: string;
  postalCode: string | null;
  region: string | null;
  country: string;
}
export interface CustomerTagEntry {
  id: string;
  group: string;
  name: string;
}

/** The new value of each changed profile field; fields that did not change are absent. */
export interface CustomerProfileValues {
  name?: string;
  email?: string | null;
  phone?: string | null;
  ownerId?: string | null;
  source?: string | null;
  industry?: string | null;
  companySize?: string | null;
  website?: string | null;
  region?: string | null;
  birthDate?: string | null;
  gender?: string | null;
  emails?: CustomerEmailEntry[];
  phones?: CustomerPhoneEntry[];
  addresses?: CustomerAddressEntry[];
  /** The customer's whole tag set after the change. */
  tags?: CustomerTagEntry[];
}

export interface CustomerUpdatedPayload {
  customerId: string;
  /** Names of the fields that changed, e.g. ["industry", "tags"]. */
  changedFields: string[];
  /** Their values after the change (the audit trail keeps the values before). */
  values: CustomerProfileValues;
  updatedAt: string;
}

const listOf = <T extends object>(items: T) => ({ type: 'array', items, nullable: true }) as const;

export const customerUpdated: EventDefinition<'crm.customer.customer.updated', CustomerUpdatedPayload> = {
  type: 'crm.customer.customer.updated',
  service: 'customer',
  aggregate: 'customer',
  version: 1,
  description: "A customer's profile changed (updateCustomer, tagging): which fields, and their new values.",
  aggregateIdField: 'customerId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['customerId', 'changedFields', 'values', 'updatedAt'],
    properties: {
      customerId: UUID,
      changedFields: { type: 'array', items: { type: 'string' }, minItems: 1 },
      values: {
        type: 'object',
        additionalProperties: false,
        required: [],
        properties: {
          name: { type: 'string', nullable: true, minLength: 1, maxLength: 200 },
          email: NULLABLE_TEXT,
          phone: NULLABLE_TEXT,
          ownerId: { type: 'string', format: 'uuid', nullable: true },
          source: NULLABLE_TEXT,
          industry: NULLABLE_TEXT,
          companySize: NULLABLE_TEXT,
          website: NULLABLE_TEXT,
          region: NULLABLE_TEXT,
          birthDate: { type: 'string', format: 'date', nullable: true },
          gender: NULLABLE_TEXT,
          emails: listOf({
            type: 'object',
            additionalProperties: false,
            required: ['address', 'label', 'primary'],
            properties: { address: { type: 'string' }, label: NULLABLE_STRING, primary: { type: 'boolean' } },
          }),
          phones: listOf({
            type: 'object',
            additionalProperties: false,
            required: ['number', 'label', 'primary'],
            properties: { number: { type: 'string' }, label: NULLABLE_STRING, primary: { type: 'boolean' } },
          }),
          addresses: listOf({
            type: 'object',
            additionalProperties: false,
            required: ['label', 'street', 'city', 'postalCode', 'region', 'country'],
            properties: {
              label: NULLABLE_STRING,
              street: { type: 'string' },
              city: { type: 'string' },
              postalCode: NULLABLE_STRING,
              region: NULLABLE_STRING,
              country: { type: 'string', pattern: '^[A-Z]{2}$' },
            },
          }),
          tags: listOf({
            type: 'object',
            additionalProperties: false,
            required: ['id', 'group', 'name'],
            properties: { id: UUID, group: { type: 'string' }, name: { type: 'string' } },
          }),
        },
      },
      updatedAt: DATE_TIME,
    },
  },
  example: {
    customerId: '01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d',
    changedFields: ['industry', 'phone', 'phones'],
    values: {
      industry: 'LOGISTICS',
      phone: '+49301234567',
      phones: [{ number: '+49301234567', label: 'office', primary: true }],
    },
    updatedAt: '2025-02-04T10:00:00.000Z',
  },
};
