import './tracing';
import { runSubgraphMain } from '@crm/subgraph-kit';
import { startAnalyticsSubgraph } from './analytics-subgraph';

runSubgraphMain('analytics', startAnalyticsSubgraph);
