import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface ContractTerminatedPayload {
  contractId: string;
  customerId: string;
  ownerId: string | null;
  reason: string;
  terminatedAt: string;
}

export const contractTerminated: EventDefinition<'crm.sales.contract.terminated', ContractTerminatedPayload> =
  {
    type: 'crm.sales.contract.terminated',
    service: 'sales',
    aggregate: 'contract',
    version: 1,
    description: 'A signed or active contract was ended before its end date, with the reason given.',
    aggregateIdField: 'contractId',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['contractId', 'customerId', 'ownerId', 'reason', 'terminatedAt'],
      properties: {
        contractId: UUID,
        customerId: UUID,
        ownerId: NULLABLE_UUID,
        reason: { type: 'string', minLength: 1 },
        terminatedAt: DATE_TIME,
      },
    },
    example: {
      contractId: '01950c90-8888-7000-8000-000000000008',
      customerId: '01950c90-2222-7000-8000-000000000002',
      ownerId: '01950c80-0000-7000-8000-00000000a11c',
      reason: 'Customer moved to a competitor',
      terminatedAt: '2025-09-30T12:00:00.000Z',
    },
  };
