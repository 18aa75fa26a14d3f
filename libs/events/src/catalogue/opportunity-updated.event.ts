import { NULL_SCHEMA, type EventDefinition } from '../event-definition';
import { OPPORTUNITY_STAGE, PROBABILITY, type OpportunityStageName } from './opportunity-stage.schema';
import { AMOUNT, CURRENCY, DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface OpportunityUpdatedPayload {
  opportunityId: string;
  customerId: string;
  name: string;
  amount: string;
  currency: string;
  stage: OpportunityStageName;
  probability: number;
  expectedCloseDate: string | null;
  ownerId: string | null;
  competitors: string[];
  /** The fields this update changed, e.g. ["amount", "probability"]. */
  changedFields: string[];
  version: number;
  updatedAt: string;
}

export const opportunityUpdated: EventDefinition<'crm.sales.opportunity.updated', OpportunityUpdatedPayload> =
  {
    type: 'crm.sales.opportunity.updated',
    service: 'sales',
    aggregate: 'opportunity',
    version: 1,
    description:
      "An opportunity's details changed (name, amount, currency, probability, close date, owner, competitors). The payload is the deal as it now is.",
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
        'expectedCloseDate',
        'ownerId',
        'competitors',
        'changedFields',
        'version',
        'updatedAt',
      ],
      properties: {
        opportunityId: UUID,
        customerId: UUID,
        name: { type: 'string', minLength: 1 },
        amount: AMOUNT,
        currency: CURRENCY,
        stage: OPPORTUNITY_STAGE,
        probability: PROBABILITY,
        expectedCloseDate: { anyOf: [{ type: 'string', format: 'date' }, NULL_SCHEMA] },
        ownerId: NULLABLE_UUID,
        competitors: { type: 'array', items: { type: 'string' } },
        changedFields: { type: 'array', items: { type: 'string' }, minItems: 1 },
        version: { type: 'integer', minimum: 1 },
        updatedAt: DATE_TIME,
      },
    },
    example: {
      opportunityId: '01950c8b-1a2b-7c3d-9e4f-5a6b7c8d9e0f',
      customerId: '01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d',
      name: 'Fleet telematics rollout',
      amount: '52000',
      currency: 'EUR',
      stage: 'PROPOSAL',
      probability: 70,
      expectedCloseDate: '2025-07-31',
      ownerId: '01950c80-0000-7000-8000-00000000a11c',
      competitors: ['Globex'],
      changedFields: ['amount', 'probability'],
      version: 4,
      updatedAt: '2025-03-01T09:00:00.000Z',
    },
  };
