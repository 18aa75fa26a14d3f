import { NULL_SCHEMA, type EventDefinition } from '../event-definition';

const OPPORTUNITY_STAGES = [
  'PROSPECTING',
  'QUALIFICATION',
  'NEEDS_ANALYSIS',
  'PROPOSAL',
  'NEGOTIATION',
  'CLOSED_WON',
  'CLOSED_LOST',
] as const;

export interface OpportunityCreatedPayload {
  opportunityId: string;
  customerId: string;
  name: string;
  /** Exact decimal as a string: money is never a float (DESIGN §5). */
  amount: string;
  currency: string;
  stage: (typeof OPPORTUNITY_STAGES)[number];
  probability: number;
  ownerId: string | null;
  expectedCloseDate: string | null;
  createdAt: string;
}

export const opportunityCreated: EventDefinition<'crm.sales.opportunity.created', OpportunityCreatedPayload> =
  {
    type: 'crm.sales.opportunity.created',
    service: 'sales',
    aggregate: 'opportunity',
    version: 1,
    description: 'A sales opportunity was opened for a customer.',
    aggregateIdField: 'opportunityId',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: [
        'opportunityId',
        'customerId',
        'name',
        'amount',
        'currency',
        'stage',
        'probability',
        'ownerId',
        'expectedCloseDate',
        'createdAt',
      ],
      properties: {
        opportunityId: { type: 'string', format: 'uuid' },
        customerId: { type: 'string', format: 'uuid' },
        name: { type: 'string', minLength: 1 },
        // numeric(19,4), as Postgres stores it.
        amount: { type: 'string', pattern: '^-?\\d{1,15}(\\.\\d{1,4})?$', description: 'Exact decimal.' },
        currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 code.' },
        stage: { type: 'string', enum: OPPORTUNITY_STAGES },
        probability: { type: 'integer', minimum: 0, maximum: 100, description: 'Win probability in %.' },
        ownerId: {
          anyOf: [{ type: 'string', format: 'uuid' }, NULL_SCHEMA],
          description: 'The owning user.',
        },
        expectedCloseDate: { anyOf: [{ type: 'string', format: 'date' }, NULL_SCHEMA] },
        createdAt: { type: 'string', format: 'date-time' },
      },
    },
    example: {
      opportunityId: '01950c8b-1a2b-7c3d-9e4f-5a6b7c8d9e0f',
      customerId: '01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d',
      name: 'Fleet telematics rollout',
      amount: '48000.00',
      currency: 'EUR',
      stage: 'QUALIFICATION',
      probability: 20,
      ownerId: '01950c80-0000-7000-8000-00000000a11c',
      expectedCloseDate: '2025-06-30',
      createdAt: '2025-02-03T10:15:00.000Z',
    },
  };
