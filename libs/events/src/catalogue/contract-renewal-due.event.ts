import type { EventDefinition } from '../event-definition';
import { AMOUNT, CURRENCY, DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

const DATE = { type: 'string', format: 'date' } as const;

export interface ContractRenewalDuePayload {
  contractId: string;
  customerId: string;
  ownerId: string | null;
  /** The date the contract renews or ends by. */
  renewalDate: string;
  /** renewalDate less the contract's reminder lead time: the day this reminder fell due. */
  renewalReminderOn: string;
  endDate: string;
  value: string;
  currency: string;
  remindedAt: string;
}

export const contractRenewalDue: EventDefinition<
  'crm.sales.contract.renewal_due',
  ContractRenewalDuePayload
> = {
  type: 'crm.sales.contract.renewal_due',
  service: 'sales',
  aggregate: 'contract',
  version: 1,
  description:
    'A contract in force reached its renewal reminder day: its owner should start the renewal (once per renewal date).',
  aggregateIdField: 'contractId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'contractId',
      'customerId',
      'ownerId',
      'renewalDate',
      'renewalReminderOn',
      'endDate',
      'value',
      'currency',
      'remindedAt',
    ],
    properties: {
      contractId: UUID,
      customerId: UUID,
      ownerId: NULLABLE_UUID,
      renewalDate: DATE,
      renewalReminderOn: DATE,
      endDate: DATE,
      value: AMOUNT,
      currency: CURRENCY,
      remindedAt: DATE_TIME,
    },
  },
  example: {
    contractId: '01950c90-8888-7000-8000-000000000008',
    customerId: '01950c90-2222-7000-8000-000000000002',
    ownerId: '01950c80-0000-7000-8000-00000000a11c',
    renewalDate: '2026-03-31',
    renewalReminderOn: '2026-03-01',
    endDate: '2026-03-31',
    value: '45600',
    currency: 'EUR',
    remindedAt: '2026-03-01T00:00:05.000Z',
  },
};
