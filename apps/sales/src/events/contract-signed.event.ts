import { buildEvent, type EventOrigin } from '@crm/events';
import type { Contract } from '../data/contract.entity';

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
      value: contract.value,
      currency: contract.currency,
      startDate: contract.startDate,
      endDate: contract.endDate,
      renewalDate: contract.renewalDate,
      signedAt: contract.signedAt!.toISOString(),
    },
  });
}
