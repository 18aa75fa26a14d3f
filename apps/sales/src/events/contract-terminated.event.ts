import { buildEvent } from '@crm/events';
import type { Contract } from '../data/contract.entity';

export function contractTerminated(contract: Contract, actor: string, correlationId: string) {
  return buildEvent('crm.sales.contract.terminated', {
    subject: contract.id,
    actor,
    correlationId,
    data: {
      contractId: contract.id,
      customerId: contract.customerId,
      ownerId: contract.ownerId,
      reason: contract.terminationReason!,
      terminatedAt: contract.terminatedAt!.toISOString(),
    },
  });
}
