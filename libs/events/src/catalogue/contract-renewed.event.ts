import type { EventDefinition } from '../event-definition';
import { AMOUNT, CURRENCY, DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

const DATE = { type: 'string', format: 'date' } as const;

export interface ContractRenewedPayload {
  contractId: string;
  customerId: string;
  ownerId: string | null;
  previousEndDate: string;
  endDate: string;
  renewalDate: string;
  value: string;
  currency: string;
  renewedAt: string;
}

export const contractRenewed: EventDefinition<'crm.sales.contract.renewed', ContractRenewedPayload> = {
  type: 'crm.sales.contract.renewed',
  service: 'sales',
  aggregate: 'contract',
  version: 1,
  description: 'A signed or active contract was renewed: it now runs to a later end date.',
  aggregateIdField: 'contractId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'contractId',
      'customerId',
      'ownerId',
      'previousEndDate',
      'endDate',
      'renewalDate',
      'value',
      'currency',
      'renewedAt',
    ],
    properties: {
      contractId: UUID,
      customerId: UUID,
      ownerId: NULLABLE_UUID,
      previousEndDate: DATE,
      endDate: DATE,
      renewalDate: DATE,
      value: AMOUNT,
      currency: CURRENCY,
      renewedAt: DATE_TIME,
    },
  },
  example: {
    contractId: '01950c90-8888-7000-8000-000000000008',
    customerId: '01950c90-2222-7000-8000-000000000002',
    ownerId: '01950c80-0000-7000-8000-00000000a11c',
    previousEndDate: '2026-03-31',
    endDate: '2027-03-31',
    renewalDate: '2027-03-31',
    value: '45600',
    currency: 'EUR',
    renewedAt: '2026-03-01T09:00:00.000Z',
  },
};
