import './tracing';
import { runSubgraphMain } from '@crm/subgraph-kit';
import { startSalesSubgraph } from './sales-subgraph';

runSubgraphMain('sales', startSalesSubgraph);
