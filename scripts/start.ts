import { DEFAULT_INBOUND_SMTP_PORT, loadInfrastructureConfig, SERVICE_NAMES } from '@crm/config';
import { DEMO_ADMIN, signToken, USER_TOKEN } from '@crm/auth';
import { loadIdentitySigningKey } from '@crm/identity';
import {
  bootstrapDatabase,
  ensureKafka,
  ensurePostgres,
  provisionPlatformTopics,
  serviceConsumerGroupIds,
  serviceDatabaseUrl,
  stopLocalKafka,
} from '@crm/infra';
import { loadDemoData } from './start/demo-data';
import { startLocalMailCatcher } from './start/mail-catcher';
import { AppFailedError, AppSupervisor, describeFailure, waitUntilHealthy } from './start/service-process';
import { gatewayAddressEnv, loadStartPorts, serviceAddressEnv } from './start/start-ports';

const log = (message: string) => console.log(`[start] ${message}`);

/** What `npm start` brought up itself, stopped in reverse on Ctrl-C or when an app dies. */
const cleanups: (() => Promise<void> | void)[] = [];
let stopped: Promise<void> | undefined;

async function stopEverything(exitCode: number): Promise<never> {
  stopped ??= (async () => {
    log('stopping every service…');
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(console.error);
  })();
  await stopped;
  process.exit(exitCode);
}

/** `npm start`: Postgres, Kafka, topics, schemas, every subgraph and the gateway, demo data; Ctrl-C stops it all. */
async function main() {
  process.on('SIGINT', () => void stopEverything(0));
  process.on('SIGTERM', () => void stopEverything(0));
  const infrastructure = loadInfrastructureConfig();
  const ports = loadStartPorts();
  const postgres = await ensurePostgres(log);
  cleanups.push(() => postgres.stop());
  const kafka = await ensureKafka(infrastructure.kafkaBrokers, log);
  if (kafka.startedHere) cleanups.push(stopLocalKafka);
  const topics = await provisionPlatformTopics(infrastructure.kafkaBrokers, serviceConsumerGroupIds(), log);
  log(`${topics} Kafka topics ready`);
  await bootstrapDatabase({ adminUrl: postgres.adminUrl, databaseName: infrastructure.databaseName, log });
  // With SMTP_HOST set, mail goes to that relay; otherwise the apps' default (127.0.0.1:1025) is this catcher.
  const mailCatcher = process.env.SMTP_HOST ? null : await startLocalMailCatcher(log);
  if (mailCatcher) cleanups.push(() => mailCatcher.stop());

  const apps = new AppSupervisor();
  cleanups.push(() => apps.stopAll());
  // An app that dies, now or later, takes the whole platform down with it: never half up.
  void apps.failure.then((failure) => {
    console.error(`\n[start] ${describeFailure(failure)}\n`);
    return stopEverything(1);
  });

  for (const service of SERVICE_NAMES) {
    log(`starting ${service} on :${ports.services[service]}`);
    apps.startApp(service, {
      DATABASE_URL:
        process.env[`${service.toUpperCase()}_DATABASE_URL`] ??
        serviceDatabaseUrl(postgres.adminUrl, infrastructure.databaseName, service),
      KAFKA_BROKERS: infrastructure.kafkaBrokers.join(','),
      ...serviceAddressEnv(service, ports),
    });
  }
  // An app still alive but never ready is reported with its last lines too.
  const ready = (app: string, url: string) =>
    waitUntilHealthy(url, app).catch((error: Error) => {
      const lines = apps.lastLinesOf(app).map((line) => `  | ${line}`);
      throw new Error(`${error.message}; its last lines:\n${lines.join('\n')}`);
    });
  await apps.whileRunning(
    Promise.all(
      SERVICE_NAMES.map((service) => ready(service, `http://127.0.0.1:${ports.services[service]}/readyz`)),
    ),
  );
  apps.startApp('gateway', gatewayAddressEnv(ports));
  await apps.whileRunning(ready('gateway', `http://127.0.0.1:${ports.gateway}/healthz`));

  const gatewayUrl = `http://localhost:${ports.gateway}/graphql`;
  const identityKey = await loadIdentitySigningKey();
  const token = await signToken(DEMO_ADMIN, identityKey, USER_TOKEN, '12h');
  await apps.whileRunning(loadDemoData(gatewayUrl, token, log));
  console.log(`
  CRM platform is up: ${gatewayUrl}

  Send this header with every request (an ADMIN token valid for 12 hours; \`npm run -s token\` makes more):
  Authorization: Bearer ${token}

  Outgoing mail: ${mailCatcher ? `caught on smtp://127.0.0.1:${mailCatcher.smtpPort}; read it at ${mailCatcher.pageUrl} or in .cache/mail/*.eml` : `sent to ${process.env.SMTP_HOST}`}
  Notifications: each user's myNotifications; live feed (SSE) at http://localhost:${ports.gateway}/notifications/stream with the same header
  Support mail in: SMTP on 127.0.0.1:${process.env.INBOUND_SMTP_PORT ?? DEFAULT_INBOUND_SMTP_PORT} (write to support@crm.localhost, the demo Support queue's address; others: setQueueMailbox)

  Ctrl-C stops everything.
`);
}

main().catch((error: unknown) => {
  // An app's death is reported by the failure handler above; anything else is reported here.
  if (!(error instanceof AppFailedError)) {
    console.error('[start] failed:', error instanceof Error ? error.message : error);
    void stopEverything(1);
  }
});
