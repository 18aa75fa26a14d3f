import { formatAmount } from '@crm/db';
import { buildEvent, type EventOrigin } from '@crm/events';
import type { Contract } from '../data/contract.entity';

export function contractRenewalDue(contract: Contract, remindedAt: Date, origin: EventOrigin) {
  return buildEvent('crm.sales.contract.renewal_due', {
    subject: contract.id,
    ...origin,
    data: {
      contractId: contract.id,
      customerId: contract.customerId,
      ownerId: contract.ownerId,
      renewalDate: contract.renewalDate,
      renewalReminderOn: contract.renewalReminderOn,
      endDate: contract.endDate,
      value: formatAmount(contract.value, contract.currency),
      currency: contract.currency,
      remindedAt: remindedAt.toISOString(),
    },
  });
}
