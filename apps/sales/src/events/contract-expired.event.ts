import { formatAmount } from '@crm/db';
import { buildEvent, type EventOrigin } from '@crm/events';
import type { Contract } from '../data/contract.entity';

export function contractExpired(contract: Contract, expiredAt: Date, origin: EventOrigin) {
  return buildEvent('crm.sales.contract.expired', {
    subject: contract.id,
    ...origin,
    data: {
      contractId: contract.id,
      customerId: contract.customerId,
      ownerId: contract.ownerId,
      endDate: contract.endDate,
      value: formatAmount(contract.value, contract.currency),
      currency: contract.currency,
      expiredAt: expiredAt.toISOString(),
    },
  });
}
