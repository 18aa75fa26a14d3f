import type { EventDefinition } from '../event-definition';
import { AMOUNT, CURRENCY, DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface OpportunityLargeDealDetectedPayload {
  opportunityId: string;
  customerId: string;
  name: string;
  amount: string;
  currency: string;
  /** The threshold of the deal's currency that the amount reached. */
  threshold: string;
  ownerId: string | null;
  /** The owner's team, when the acting user's token tells it (the owner or their manager acted). */
  teamId: string | null;
  /** The owner's manager, when it was the manager who acted. */
  managerId: string | null;
  detectedAt: string;
}

export const opportunityLargeDealDetected: EventDefinition<
  'crm.sales.opportunity.large_deal_detected',
  OpportunityLargeDealDetectedPayload
> = {
  type: 'crm.sales.opportunity.large_deal_detected',
  service: 'sales',
  aggregate: 'opportunity',
  version: 1,
  description:
    "An opportunity reached its currency's large-deal threshold (created at or above it, or raised across it): alerts managers.",
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
      'threshold',
      'ownerId',
      'teamId',
      'managerId',
      'detectedAt',
    ],
    properties: {
      opportunityId: UUID,
      customerId: UUID,
      name: { type: 'string', minLength: 1 },
      amount: AMOUNT,
      currency: CURRENCY,
      threshold: AMOUNT,
      ownerId: NULLABLE_UUID,
      teamId: NULLABLE_UUID,
      managerId: NULLABLE_UUID,
      detectedAt: DATE_TIME,
    },
  },
  example: {
    opportunityId: '01950c8b-1a2b-7c3d-9e4f-5a6b7c8d9e0f',
    customerId: '01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d',
    name: 'Fleet telematics rollout',
    amount: '250000',
    currency: 'EUR',
    threshold: '100000',
    ownerId: '01950c80-0000-7000-8000-00000000a11c',
    teamId: '01950c80-0000-7000-8000-0000000007ea',
    managerId: null,
    detectedAt: '2025-03-01T09:00:00.000Z',
  },
};
