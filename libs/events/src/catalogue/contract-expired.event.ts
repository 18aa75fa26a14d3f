import type { EventDefinition } from '../event-definition';
import { AMOUNT, CURRENCY, DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface ContractExpiredPayload {
  contractId: string;
  customerId: string;
  ownerId: string | null;
  /** The last day it ran. */
  endDate: string;
  value: string;
  currency: string;
  expiredAt: string;
}

export const contractExpired: EventDefinition<'crm.sales.contract.expired', ContractExpiredPayload> = {
  type: 'crm.sales.contract.expired',
  service: 'sales',
  aggregate: 'contract',
  version: 1,
  description: 'An active contract ran past its end date without renewal: it is EXPIRED now.',
  aggregateIdField: 'contractId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['contractId', 'customerId', 'ownerId', 'endDate', 'value', 'currency', 'expiredAt'],
    properties: {
      contractId: UUID,
      customerId: UUID,
      ownerId: NULLABLE_UUID,
      endDate: { type: 'string', format: 'date' },
      value: AMOUNT,
      currency: CURRENCY,
      expiredAt: DATE_TIME,
    },
  },
  example: {
    contractId: '01950c90-8888-7000-8000-000000000008',
    customerId: '01950c90-2222-7000-8000-000000000002',
    ownerId: '01950c80-0000-7000-8000-00000000a11c',
    endDate: '2026-03-31',
    value: '45600',
    currency: 'EUR',
    expiredAt: '2026-04-01T00:00:05.000Z',
  },
};
