import type { ChildProcess } from 'node:child_process';
import { GATEWAY_PORT, loadInfrastructureConfig, SERVICE_NAMES, SERVICE_PORTS } from '@crm/config';
import { DEMO_ADMIN, signToken, USER_TOKEN } from '@crm/auth';
import { loadIdentitySigningKey } from '@crm/identity';
import {
  bootstrapDatabase,
  ensureKafka,
  ensurePostgres,
  serviceDatabaseUrl,
  stopLocalKafka,
} from '@crm/infra';
import { loadDemoData } from './start/demo-data';
import { spawnApp, stopProcesses, waitUntilHealthy } from './start/service-process';

const log = (message: string) => console.log(`[start] ${message}`);

/** `npm start`: Postgres, Kafka, schemas, every subgraph and the gateway, demo data; Ctrl-C stops it all. */
async function main() {
  const infrastructure = loadInfrastructureConfig();
  const postgres = await ensurePostgres(log);
  const kafka = await ensureKafka(infrastructure.kafkaBrokers, log);
  await bootstrapDatabase({ adminUrl: postgres.adminUrl, databaseName: infrastructure.databaseName, log });

  const children: ChildProcess[] = [];
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log('stopping every service…');
    await stopProcesses(children);
    if (kafka.startedHere) stopLocalKafka();
    await postgres.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  for (const service of SERVICE_NAMES) {
    log(`starting ${service} on :${SERVICE_PORTS[service]}`);
    children.push(
      spawnApp(service, {
        DATABASE_URL:
          process.env[`${service.toUpperCase()}_DATABASE_URL`] ??
          serviceDatabaseUrl(postgres.adminUrl, infrastructure.databaseName, service),
        KAFKA_BROKERS: infrastructure.kafkaBrokers.join(','),
        PORT: String(SERVICE_PORTS[service]),
      }),
    );
  }
  await Promise.all(
    SERVICE_NAMES.map((service) =>
      waitUntilHealthy(`http://127.0.0.1:${SERVICE_PORTS[service]}/readyz`, service),
    ),
  );
  children.push(spawnApp('gateway', { PORT: String(GATEWAY_PORT) }));
  await waitUntilHealthy(`http://127.0.0.1:${GATEWAY_PORT}/healthz`, 'gateway');

  const gatewayUrl = `http://localhost:${GATEWAY_PORT}/graphql`;
  const identityKey = await loadIdentitySigningKey();
  const token = await signToken(DEMO_ADMIN, identityKey, USER_TOKEN, '12h');
  await loadDemoData(gatewayUrl, token, log);
  console.log(`
  CRM platform is up: ${gatewayUrl}

  Send this header with every request (an ADMIN token valid for 12 hours; \`npm run token\` makes more):
  Authorization: Bearer ${token}

  Ctrl-C stops everything.
`);
}

main().catch((error: unknown) => {
  console.error('[start] failed:', error);
  process.exit(1);
});
