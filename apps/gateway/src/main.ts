import './tracing';
import cluster from 'node:cluster';
import { devKeyFile, loadSigningKey } from '@crm/auth';
import { loadGatewayConfig } from '@crm/config';
import { createLogger } from '@crm/logger';
import { stopOnSignal } from '@crm/subgraph-kit';
import { superviseGatewayWorkers } from './gateway-workers';
import { startGateway } from './start-gateway';

async function main() {
  const config = loadGatewayConfig();
  if (config.workers > 1 && cluster.isPrimary) {
    // Every worker must sign with the same key: made once here, before any worker reads it.
    await loadSigningKey(config.signingKey, devKeyFile('gateway'));
    superviseGatewayWorkers(config.workers, createLogger('gateway', config.logLevel));
    return;
  }
  const gateway = await startGateway(config);
  stopOnSignal(gateway, gateway.logger);
}

main().catch((error: unknown) => {
  console.error('gateway failed to start:', error);
  process.exit(1);
});
