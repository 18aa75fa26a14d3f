import './tracing';
import { runSubgraphMain } from '@crm/subgraph-kit';
import { startMarketingSubgraph } from './marketing-subgraph';

runSubgraphMain('marketing', startMarketingSubgraph);
