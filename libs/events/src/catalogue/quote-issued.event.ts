import type { EventDefinition } from '../event-definition';
import { AMOUNT, CURRENCY, DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface QuoteIssuedPayload {
  quoteId: string;
  customerId: string;
  opportunityId: string | null;
  ownerId: string | null;
  total: string;
  currency: string;
  /** Last calendar day the customer may accept it. */
  validUntil: string;
  issuedAt: string;
}

export const quoteIssued: EventDefinition<'crm.sales.quote.issued', QuoteIssuedPayload> = {
  type: 'crm.sales.quote.issued',
  service: 'sales',
  aggregate: 'quote',
  version: 1,
  description: 'A quote was issued to the customer (it left DRAFT and can now be accepted or rejected).',
  aggregateIdField: 'quoteId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'quoteId',
      'customerId',
      'opportunityId',
      'ownerId',
      'total',
      'currency',
      'validUntil',
      'issuedAt',
    ],
    properties: {
      quoteId: UUID,
      customerId: UUID,
      opportunityId: NULLABLE_UUID,
      ownerId: NULLABLE_UUID,
      total: AMOUNT,
      currency: CURRENCY,
      validUntil: { type: 'string', format: 'date' },
      issuedAt: DATE_TIME,
    },
  },
  example: {
    quoteId: '01950c90-7777-7000-8000-000000000007',
    customerId: '01950c90-2222-7000-8000-000000000002',
    opportunityId: '01950c90-4444-7000-8000-000000000004',
    ownerId: '01950c80-0000-7000-8000-00000000a11c',
    total: '45600',
    currency: 'EUR',
    validUntil: '2025-04-30',
    issuedAt: '2025-03-20T10:00:00.000Z',
  },
};
