import type { EventDefinition } from '../event-definition';
import { AMOUNT, CURRENCY, DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

const DATE = { type: 'string', format: 'date' } as const;

export interface ContractSignedPayload {
  contractId: string;
  customerId: string;
  opportunityId: string | null;
  quoteId: string | null;
  ownerId: string | null;
  value: string;
  currency: string;
  startDate: string;
  endDate: string;
  renewalDate: string;
  signedAt: string;
}

export const contractSigned: EventDefinition<'crm.sales.contract.signed', ContractSignedPayload> = {
  type: 'crm.sales.contract.signed',
  service: 'sales',
  aggregate: 'contract',
  version: 1,
  description: 'A contract was signed: it is binding from now on and orders can be placed against it.',
  aggregateIdField: 'contractId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'contractId',
      'customerId',
      'opportunityId',
      'quoteId',
      'ownerId',
      'value',
      'currency',
      'startDate',
      'endDate',
      'renewalDate',
      'signedAt',
    ],
    properties: {
      contractId: UUID,
      customerId: UUID,
      opportunityId: NULLABLE_UUID,
      quoteId: NULLABLE_UUID,
      ownerId: NULLABLE_UUID,
      value: AMOUNT,
      currency: CURRENCY,
      startDate: DATE,
      endDate: DATE,
      renewalDate: DATE,
      signedAt: DATE_TIME,
    },
  },
  example: {
    contractId: '01950c90-8888-7000-8000-000000000008',
    customerId: '01950c90-2222-7000-8000-000000000002',
    opportunityId: '01950c90-4444-7000-8000-000000000004',
    quoteId: '01950c90-7777-7000-8000-000000000007',
    ownerId: '01950c80-0000-7000-8000-00000000a11c',
    value: '45600',
    currency: 'EUR',
    startDate: '2025-04-01',
    endDate: '2026-03-31',
    renewalDate: '2026-03-31',
    signedAt: '2025-03-28T11:00:00.000Z',
  },
};
