import type { EventHandler } from '@crm/messaging';
import { scopeOfEvent } from '@crm/subgraph-kit';
import { eraseCustomer } from '../changes/known-customer.changes';

/** Sales' copies of an erased customer's personal data are anonymised (GDPR Art. 17). */
export const onCustomerErased: EventHandler<'crm.customer.customer.erased'> = (event, manager) =>
  eraseCustomer(scopeOfEvent('sales', manager, event), event.data.customerId);
