import { NULL_SCHEMA, type EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_STRING, UUID } from './schema-fragments';

export interface ContactCreatedPayload {
  contactId: string;
  customerId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  role: string | null;
  primary: boolean;
  createdAt: string;
}

export const contactCreated: EventDefinition<'crm.customer.contact.created', ContactCreatedPayload> = {
  type: 'crm.customer.contact.created',
  service: 'customer',
  aggregate: 'contact',
  version: 1,
  description: 'A contact (a person at a customer) was added, possibly as its primary contact.',
  aggregateIdField: 'contactId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'contactId',
      'customerId',
      'firstName',
      'lastName',
      'email',
      'phone',
      'jobTitle',
      'role',
      'primary',
      'createdAt',
    ],
    properties: {
      contactId: UUID,
      customerId: UUID,
      firstName: { type: 'string', minLength: 1 },
      lastName: { type: 'string', minLength: 1 },
      email: { anyOf: [{ type: 'string', format: 'email' }, NULL_SCHEMA] },
      phone: NULLABLE_STRING,
      jobTitle: NULLABLE_STRING,
      role: NULLABLE_STRING,
      primary: { type: 'boolean' },
      createdAt: DATE_TIME,
    },
  },
  example: {
    contactId: '01950c8b-1111-7a2b-8c4d-5e6f7a8b9c0d',
    customerId: '01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d',
    firstName: 'Grace',
    lastName: 'Hopper',
    email: 'grace@acme-logistics.example',
    phone: '+49301234568',
    jobTitle: 'Head of Purchasing',
    role: 'DECISION_MAKER',
    primary: true,
    createdAt: '2025-02-03T09:35:00.000Z',
  },
};
