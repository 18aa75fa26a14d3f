import './tracing';
import { runSubgraphMain } from '@crm/subgraph-kit';
import { startNotificationSubgraph } from './notification-subgraph';

runSubgraphMain('notification', startNotificationSubgraph);
