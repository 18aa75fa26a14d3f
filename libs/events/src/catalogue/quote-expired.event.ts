import type { EventDefinition } from '../event-definition';
import { AMOUNT, CURRENCY, DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface QuoteExpiredPayload {
  quoteId: string;
  customerId: string;
  opportunityId: string | null;
  ownerId: string | null;
  /** DRAFT or ISSUED: the quote was left undecided. */
  previousStatus: 'DRAFT' | 'ISSUED';
  /** Last calendar day it could have been accepted. */
  validUntil: string;
  total: string;
  currency: string;
  expiredAt: string;
}

export const quoteExpired: EventDefinition<'crm.sales.quote.expired', QuoteExpiredPayload> = {
  type: 'crm.sales.quote.expired',
  service: 'sales',
  aggregate: 'quote',
  version: 1,
  description: 'A draft or issued quote passed its validUntil date undecided: it is EXPIRED now.',
  aggregateIdField: 'quoteId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'quoteId',
      'customerId',
      'opportunityId',
      'ownerId',
      'previousStatus',
      'validUntil',
      'total',
      'currency',
      'expiredAt',
    ],
    properties: {
      quoteId: UUID,
      customerId: UUID,
      opportunityId: NULLABLE_UUID,
      ownerId: NULLABLE_UUID,
      previousStatus: { type: 'string', enum: ['DRAFT', 'ISSUED'] },
      validUntil: { type: 'string', format: 'date' },
      total: AMOUNT,
      currency: CURRENCY,
      expiredAt: DATE_TIME,
    },
  },
  example: {
    quoteId: '01950c90-7777-7000-8000-000000000007',
    customerId: '01950c90-2222-7000-8000-000000000002',
    opportunityId: '01950c90-4444-7000-8000-000000000004',
    ownerId: '01950c80-0000-7000-8000-00000000a11c',
    previousStatus: 'ISSUED',
    validUntil: '2025-04-30',
    total: '45600',
    currency: 'EUR',
    expiredAt: '2025-05-01T00:00:05.000Z',
  },
};
