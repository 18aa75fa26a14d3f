import type { ServiceConfig, ServiceName } from '@crm/config';
import type { RunningSubgraph } from '@crm/subgraph-kit';
import { startAnalyticsSubgraph } from '../../../apps/analytics/src/analytics-subgraph';
import { startCustomerSubgraph } from '../../../apps/customer/src/customer-subgraph';
import { startIdentitySubgraph } from '../../../apps/identity/src/identity-subgraph';
import { startMarketingSubgraph } from '../../../apps/marketing/src/marketing-subgraph';
import { startSalesSubgraph } from '../../../apps/sales/src/sales-subgraph';
import { startServiceSubgraph } from '../../../apps/service/src/service-subgraph';

/** The composition root for tests: every subgraph's start function, by service. */
export const SERVICE_STARTERS: Record<ServiceName, (config: ServiceConfig) => Promise<RunningSubgraph>> = {
  identity: startIdentitySubgraph,
  customer: startCustomerSubgraph,
  sales: startSalesSubgraph,
  service: startServiceSubgraph,
  marketing: startMarketingSubgraph,
  analytics: startAnalyticsSubgraph,
};
