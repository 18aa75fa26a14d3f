import type { EventDefinition } from '../event-definition';
import { AMOUNT, CURRENCY, DATE_TIME, NULLABLE_STRING, NULLABLE_UUID, UUID } from './schema-fragments';

export interface OpportunityWonPayload {
  opportunityId: string;
  customerId: string;
  name: string;
  amount: string;
  currency: string;
  reason: string | null;
  ownerId: string | null;
  closedAt: string;
}

export const opportunityWon: EventDefinition<'crm.sales.opportunity.won', OpportunityWonPayload> = {
  type: 'crm.sales.opportunity.won',
  service: 'sales',
  aggregate: 'opportunity',
  version: 1,
  description: 'An opportunity was won: its amount is booked business (orders may follow).',
  aggregateIdField: 'opportunityId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['opportunityId', 'customerId', 'name', 'amount', 'currency', 'reason', 'ownerId', 'closedAt'],
    properties: {
      opportunityId: UUID,
      customerId: UUID,
      name: { type: 'string', minLength: 1 },
      amount: AMOUNT,
      currency: CURRENCY,
      reason: NULLABLE_STRING,
      ownerId: NULLABLE_UUID,
      closedAt: DATE_TIME,
    },
  },
  example: {
    opportunityId: '01950c8b-1a2b-7c3d-9e4f-5a6b7c8d9e0f',
    customerId: '01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d',
    name: 'Fleet telematics rollout',
    amount: '48000',
    currency: 'EUR',
    reason: 'Best integration with their ERP',
    ownerId: '01950c80-0000-7000-8000-00000000a11c',
    closedAt: '2025-04-02T16:30:00.000Z',
  },
};
