import type { EventDefinition } from '../event-definition';
import { AMOUNT, CURRENCY, DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface OpportunityLostPayload {
  opportunityId: string;
  customerId: string;
  name: string;
  amount: string;
  currency: string;
  /** Required when losing a deal, for loss analysis. */
  reason: string;
  competitors: string[];
  ownerId: string | null;
  closedAt: string;
}

export const opportunityLost: EventDefinition<'crm.sales.opportunity.lost', OpportunityLostPayload> = {
  type: 'crm.sales.opportunity.lost',
  service: 'sales',
  aggregate: 'opportunity',
  version: 1,
  description: 'An opportunity was lost, with the reason and the competitors it was up against.',
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
      'reason',
      'competitors',
      'ownerId',
      'closedAt',
    ],
    properties: {
      opportunityId: UUID,
      customerId: UUID,
      name: { type: 'string', minLength: 1 },
      amount: AMOUNT,
      currency: CURRENCY,
      reason: { type: 'string', minLength: 1 },
      competitors: { type: 'array', items: { type: 'string' } },
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
    reason: 'Price: the competitor was 20% cheaper',
    competitors: ['Globex'],
    ownerId: '01950c80-0000-7000-8000-00000000a11c',
    closedAt: '2025-04-02T16:30:00.000Z',
  },
};
