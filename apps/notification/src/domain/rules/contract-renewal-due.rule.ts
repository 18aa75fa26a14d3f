import { userAudience } from '../audience';
import type { NotificationRule } from './notification-rule';

/** A contract's owner hears when its renewal reminder day comes. */
export const contractRenewalDueRule: NotificationRule<'crm.sales.contract.renewal_due'> = {
  eventType: 'crm.sales.contract.renewal_due',
  plan: ({ data }) => ({
    message: {
      kind: 'CONTRACT_RENEWAL_DUE',
      subjectType: 'Contract',
      subjectId: data.contractId,
      title: 'A contract is due for renewal',
      body: `It renews or ends by ${data.renewalDate} (value ${data.value} ${data.currency}).`,
    },
    audience: userAudience(data.ownerId),
  }),
};
