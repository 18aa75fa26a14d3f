import { buildEvent, type EventOrigin } from '@crm/events';
import type { Contract } from '../data/contract.entity';
import { formatAmount } from '@crm/db';

export function contractRenewed(
  contract: Contract,
  previousEndDate: string,
  renewedAt: Date,
  origin: EventOrigin,
) {
  return buildEvent('crm.sales.contract.renewed', {
    subject: contract.id,
    ...origin,
    data: {
      contractId: contract.id,
      customerId: contract.customerId,
      ownerId: contract.ownerId,
      previousEndDate,
      endDate: contract.endDate,
      renewalDate: contract.renewalDate,
      value: formatAmount(contract.value, contract.currency),
      currency: contract.currency,
      renewedAt: renewedAt.toISOString(),
    },
  });
}
