import type { EventHandler } from '@crm/messaging';
import { scopeOfEvent } from '@crm/subgraph-kit';
import { mergeCustomers } from '../changes/known-customer.changes';

/** Sales' references to merged customers move to the survivor. */
export const onCustomerMerged: EventHandler<'crm.customer.customer.merged'> = (event, manager) =>
  mergeCustomers(scopeOfEvent('sales', manager, event), event.data);
