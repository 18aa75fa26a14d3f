import { NULL_SCHEMA, type EventDefinition } from '../event-definition';
import { REFERRAL_CODE } from './schema-fragments';

const CUSTOMER_KINDS = ['COMPANY', 'PERSON'] as const;
const LIFECYCLE_STAGES = ['PROSPECT', 'CUSTOMER', 'REPEAT', 'LOYAL', 'AT_RISK', 'CHURNED'] as const;

export interface CustomerCreatedPayload {
  customerId: string;
  kind: (typeof CUSTOMER_KINDS)[number];
  name: string;
  email: string | null;
  phone: string | null;
  ownerId: string | null;
  lifecycleStage: (typeof LIFECYCLE_STAGES)[number];
  createdAt: string;
  /** A loyalty member's referral code given at creation (marketing records the referral); absent or null without one. */
  referralCode?: string | null;
  /** Dictionary codes and the birth date given at creation; absent on events published before they were added. */
  source?: string | null;
  industry?: string | null;
  region?: string | null;
  birthDate?: string | null;
}

export const customerCreated: EventDefinition<'crm.customer.customer.created', CustomerCreatedPayload> = {
  type: 'crm.customer.customer.created',
  service: 'customer',
  aggregate: 'customer',
  version: 1,
  description: 'A customer (company or person) was created, by hand or from a converted lead.',
  aggregateIdField: 'customerId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['customerId', 'kind', 'name', 'email', 'phone', 'ownerId', 'lifecycleStage', 'createdAt'],
    properties: {
      customerId: { type: 'string', format: 'uuid' },
      kind: { type: 'string', enum: CUSTOMER_KINDS },
      name: { type: 'string', minLength: 1, maxLength: 200 },
      email: { anyOf: [{ type: 'string', format: 'email' }, NULL_SCHEMA] },
      phone: { anyOf: [{ type: 'string' }, NULL_SCHEMA] },
      ownerId: { anyOf: [{ type: 'string', format: 'uuid' }, NULL_SCHEMA], description: 'The owning user.' },
      lifecycleStage: { type: 'string', enum: LIFECYCLE_STAGES },
      createdAt: { type: 'string', format: 'date-time' },
      referralCode: REFERRAL_CODE,
      source: { type: 'string', nullable: true, description: 'A SOURCE code of the data dictionary.' },
      industry: { type: 'string', nullable: true, description: 'An INDUSTRY code of the data dictionary.' },
      region: { type: 'string', nullable: true, description: 'A REGION code of the data dictionary.' },
      birthDate: { type: 'string', format: 'date', nullable: true, description: 'Persons only.' },
    },
  },
  example: {
    customerId: '01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d',
    kind: 'COMPANY',
    name: 'Acme Logistics GmbH',
    email: 'purchasing@acme-logistics.example',
    phone: '+49 30 1234567',
    ownerId: '01950c80-0000-7000-8000-00000000a11c',
    lifecycleStage: 'PROSPECT',
    createdAt: '2025-02-03T09:30:00.000Z',
    source: 'TRADE_FAIR',
    industry: 'LOGISTICS',
    region: 'EMEA',
    birthDate: null,
  },
};
