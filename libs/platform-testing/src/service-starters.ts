import type { ServiceConfig, ServiceName } from '@crm/config';
import type { RunningSubgraph } from '@crm/subgraph-kit';
import { startAnalyticsSubgraph } from '@crm/analytics';
import { startCustomerSubgraph } from '@crm/customer';
import { startIdentitySubgraph } from '@crm/identity';
import { startMarketingSubgraph } from '@crm/marketing';
import { startNotificationSubgraph } from '@crm/notification';
import { startSalesSubgraph } from '@crm/sales';
import { startServiceSubgraph } from '@crm/service';

/** The composition root for tests: every subgraph's start function, by service. */
export const SERVICE_STARTERS: Record<ServiceName, (config: ServiceConfig) => Promise<RunningSubgraph>> = {
  identity: startIdentitySubgraph,
  customer: startCustomerSubgraph,
  sales: startSalesSubgraph,
  service: startServiceSubgraph,
  marketing: startMarketingSubgraph,
  analytics: startAnalyticsSubgraph,
  notification: startNotificationSubgraph,
};
