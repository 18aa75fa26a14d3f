import './tracing';
import { runSubgraphMain } from '@crm/subgraph-kit';
import { startCustomerSubgraph } from './customer-subgraph';

runSubgraphMain('customer', startCustomerSubgraph);
