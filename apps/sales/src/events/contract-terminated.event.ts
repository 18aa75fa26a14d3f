import { buildEvent, type EventOrigin } from '@crm/events';
import type { Contract } from '../data/contract.entity';

export function contractTerminated(contract: Contract, origin: EventOrigin) {
  return buildEvent('crm.sales.contract.terminated', {
    subject: contract.id,
    ...origin,
    data: {
      contractId: contract.id,
      customerId: contract.customerId,
      ownerId: contract.ownerId,
      reason: contract.terminationReason!,
      terminatedAt: contract.terminatedAt!.toISOString(),
    },
  });
}
