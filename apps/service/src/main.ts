import './tracing';
import { runSubgraphMain } from '@crm/subgraph-kit';
import { startServiceSubgraph } from './service-subgraph';

runSubgraphMain('service', startServiceSubgraph);
