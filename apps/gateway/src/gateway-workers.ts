import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '@crm/logger';
import { stopOnSignal } from '@crm/subgraph-kit';

/**
 * GATEWAY_WORKERS > 1: this primary process forks that many gateways on the same port (node:cluster
 * hands each new connection to the next worker) and replaces a worker that dies. Each worker is a
 * whole gateway: its own deactivation follower (a consumer group of its own, so each sees every
 * deactivation), breakers and sockets. A signal stops the workers, then the primary.
 */
export function superviseGatewayWorkers(count: number, logger: Logger): void {
  let stopping = false;
  const fork = () => cluster.fork();
  cluster.on('exit', (worker: Worker, code: number | null, signal: string | null) => {
    if (stopping) return;
    logger.error({ worker: worker.process.pid, code, signal }, 'gateway worker died: starting another');
    fork();
  });
  for (let i = 0; i < count; i++) fork();
  logger.info({ workers: count }, 'gateway workers started');
  stopOnSignal(
    {
      async stop() {
        stopping = true;
        const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => !!worker);
        await Promise.all(
          workers.map(
            (worker) =>
              new Promise<void>((resolve) => {
                worker.once('exit', () => resolve());
                worker.process.kill('SIGTERM');
              }),
          ),
        );
      },
    },
    logger,
  );
}
