import { buildEvent, type EventOrigin } from '@crm/events';
import type { Contract } from '../data/contract.entity';
import { formatAmount } from '@crm/db';

export function contractSigned(contract: Contract, origin: EventOrigin) {
  return buildEvent('crm.sales.contract.signed', {
    subject: contract.id,
    ...origin,
    data: {
      contractId: contract.id,
      customerId: contract.customerId,
      opportunityId: contract.opportunityId,
      quoteId: contract.quoteId,
      ownerId: contract.ownerId,
      value: formatAmount(contract.value, contract.currency),
      currency: contract.currency,
      startDate: contract.startDate,
      endDate: contract.endDate,
      renewalDate: contract.renewalDate,
      signedAt: contract.signedAt!.toISOString(),
    },
  });
}
