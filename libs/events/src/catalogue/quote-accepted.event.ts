import type { EventDefinition } from '../event-definition';
import { AMOUNT, CURRENCY, DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface QuoteAcceptedPayload {
  quoteId: string;
  customerId: string;
  opportunityId: string | null;
  ownerId: string | null;
  total: string;
  currency: string;
  acceptedAt: string;
}

export const quoteAccepted: EventDefinition<'crm.sales.quote.accepted', QuoteAcceptedPayload> = {
  type: 'crm.sales.quote.accepted',
  service: 'sales',
  aggregate: 'quote',
  version: 1,
  description: 'The customer accepted an issued quote; a contract or order can follow from it.',
  aggregateIdField: 'quoteId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['quoteId', 'customerId', 'opportunityId', 'ownerId', 'total', 'currency', 'acceptedAt'],
    properties: {
      quoteId: UUID,
      customerId: UUID,
      opportunityId: NULLABLE_UUID,
      ownerId: NULLABLE_UUID,
      total: AMOUNT,
      currency: CURRENCY,
      acceptedAt: DATE_TIME,
    },
  },
  example: {
    quoteId: '01950c90-7777-7000-8000-000000000007',
    customerId: '01950c90-2222-7000-8000-000000000002',
    opportunityId: '01950c90-4444-7000-8000-000000000004',
    ownerId: '01950c80-0000-7000-8000-00000000a11c',
    total: '45600',
    currency: 'EUR',
    acceptedAt: '2025-03-25T15:30:00.000Z',
  },
};
