import './tracing';
import { runSubgraphMain } from '@crm/subgraph-kit';
import { startIdentitySubgraph } from './identity-subgraph';

runSubgraphMain('identity', startIdentitySubgraph);
