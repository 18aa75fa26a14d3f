import { loadGatewayConfig } from '@crm/config';
import { stopOnSignal } from '@crm/subgraph-kit';
import { startGateway } from './start-gateway';

startGateway(loadGatewayConfig()).then(
  (gateway) => stopOnSignal(gateway, gateway.logger),
  (error: unknown) => {
    console.error('gateway failed to start:', error);
    process.exit(1);
  },
);
