import type { EventDefinition } from '../event-definition';
import { OPPORTUNITY_STAGE, PROBABILITY, type OpportunityStageName } from './opportunity-stage.schema';
import { AMOUNT, CURRENCY, DATE_TIME, NULLABLE_STRING, NULLABLE_UUID, UUID } from './schema-fragments';

export interface OpportunityStageChangedPayload {
  opportunityId: string;
  customerId: string;
  fromStage: OpportunityStageName;
  toStage: OpportunityStageName;
  /** Probability and amount at the change: a forecast as it stood then. */
  probability: number;
  amount: string;
  currency: string;
  /** Why it was won, lost or reopened; null for a move between open stages. */
  reason: string | null;
  ownerId: string | null;
  changedAt: string;
}

export const opportunityStageChanged: EventDefinition<
  'crm.sales.opportunity.stage_changed',
  OpportunityStageChangedPayload
> = {
  type: 'crm.sales.opportunity.stage_changed',
  service: 'sales',
  aggregate: 'opportunity',
  version: 1,
  description:
    'An opportunity moved to another stage: between open stages, closed (also published as won or lost) or reopened.',
  aggregateIdField: 'opportunityId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'opportunityId',
      'customerId',
      'fromStage',
      'toStage',
      'probability',
      'amount',
      'currency',
      'reason',
      'ownerId',
      'changedAt',
    ],
    properties: {
      opportunityId: UUID,
      customerId: UUID,
      fromStage: OPPORTUNITY_STAGE,
      toStage: OPPORTUNITY_STAGE,
      probability: PROBABILITY,
      amount: AMOUNT,
      currency: CURRENCY,
      reason: NULLABLE_STRING,
      ownerId: NULLABLE_UUID,
      changedAt: DATE_TIME,
    },
  },
  example: {
    opportunityId: '01950c8b-1a2b-7c3d-9e4f-5a6b7c8d9e0f',
    customerId: '01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d',
    fromStage: 'QUALIFICATION',
    toStage: 'PROPOSAL',
    probability: 60,
    amount: '48000',
    currency: 'EUR',
    reason: null,
    ownerId: '01950c80-0000-7000-8000-00000000a11c',
    changedAt: '2025-03-10T14:00:00.000Z',
  },
};
