import { Pool } from 'pg';
import { DEMO_ADMIN, devKeyFile, loadSigningKey, signToken, USER_TOKEN } from '@crm/auth';
import { SERVICE_NAMES, type ServiceName } from '@crm/config';
import { topicsOf } from '@crm/events';
import { bootstrapDatabase, serviceDatabaseUrl } from '@crm/infra';
import {
  deadLetterTopicOf,
  deadLetterTopicSpec,
  eventTopicSpec,
  provisionTopics,
  withKafkaStartupRetry,
} from '@crm/messaging';
import { Kafka, logLevel } from 'kafkajs';
import { freePort } from '@crm/testing';
import { AppProcess } from './app-process';
import { PrivateKafka } from './private-kafka';
import { PrivatePostgres } from './private-postgres';
import { assertBudgetLeft } from './suite-budget';

const DATABASE = 'crm';

export interface FaultPlatformOptions {
  /** The subgraphs this scenario needs; identity always runs (the gateway verifies tokens with its keys). */
  services: ServiceName[];
  /**
   * `down-at-start`: the broker is started, its topics are created, and it is shut down before
   * any service starts (an outage of an existing cluster); `kafka.up()` brings it back.
   */
  kafka?: 'running' | 'down-at-start';
  /** Extra gateway settings, e.g. a short SUBGRAPH_TIMEOUT_MS. */
  gatewayEnv?: Record<string, string>;
}

/** Whatever a scenario started, handed over at once so it is stopped even when the start fails half-way. */
export type TrackCleanup = (cleanup: () => Promise<unknown>) => void;

export interface GraphQLResult<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * One scenario's whole world: a private Postgres cluster, a brand-new broker, the chosen
 * subgraphs and the gateway, each a child process on its own port. Nothing is shared with
 * other tests or with the developer's platform.
 */
export class FaultPlatform {
  private readonly apps = new Map<string, AppProcess>();
  private gatewayProcess: AppProcess | undefined;

  private constructor(
    private readonly track: TrackCleanup,
    readonly postgres: PrivatePostgres,
    readonly kafka: PrivateKafka,
    readonly db: Pool,
    readonly token: string,
    private readonly gatewayPort: number,
  ) {}

  static async start(options: FaultPlatformOptions, track: TrackCleanup): Promise<FaultPlatform> {
    assertBudgetLeft();
    // The scenario's broker is its own: no prefix (a Jest run may have set one for the shared broker).
    process.env.KAFKA_TOPIC_PREFIX = '';
    const started = Date.now();
    const services = [...new Set<ServiceName>(['identity', ...options.services])];
    const kafka = await PrivateKafka.prepare();
    track(() => kafka.destroy());
    const postgres = await PrivatePostgres.create();
    track(() => postgres.destroy());
    // Services serve without Kafka, so they start while the broker is still starting.
    const brokerUp = timed(startBroker(kafka, services));
    brokerUp.catch(() => undefined);
    await bootstrapDatabase({ adminUrl: postgres.adminUrl, databaseName: DATABASE });
    if (options.kafka === 'down-at-start') {
      await brokerUp;
      await kafka.down();
    }
    const adminUrl = new URL(postgres.adminUrl);
    adminUrl.pathname = `/${DATABASE}`;
    const db = new Pool({ connectionString: adminUrl.toString(), max: 4 });
    // The pool notices a stopped cluster; a scenario that stops it expects those errors.
    db.on('error', () => undefined);
    track(() => db.end());
    const token = await signToken(DEMO_ADMIN, await identityKey(), USER_TOKEN, '30m');
    const platform = new FaultPlatform(track, postgres, kafka, db, token, await freePort());
    const processes = await Promise.all(services.map((service) => platform.addService(service)));
    processes.forEach((app) => app.start());
    // Ready means the API is served: the database answers (Kafka is not needed for that).
    await Promise.all(processes.map((app) => app.waitUntilAnswering('/readyz')));
    const servicesUp = Date.now();
    await platform.startGateway(options.gatewayEnv ?? {});
    const brokerSeconds = await brokerUp;
    console.log(
      `[faults] platform up in ${secondsSince(started)}: ${services.join(', ')} ready after ` +
        `${secondsSince(started, servicesUp)}, Kafka (with topics) after ${brokerSeconds}`,
    );
    return platform;
  }

  get gatewayUrl(): string {
    return `http://127.0.0.1:${this.gatewayPort}/graphql`;
  }

  get gateway(): AppProcess {
    if (!this.gatewayProcess) throw new Error('the gateway has not been started');
    return this.gatewayProcess;
  }

  /** A running app by name: `sales`, or a replica's name such as `sales-standby`. */
  app(name: string): AppProcess {
    const app = this.apps.get(name);
    if (!app) throw new Error(`no app named ${name} in this scenario`);
    return app;
  }

  /**
   * Declares a service process (not started): `name` tells replicas apart; replicas share the
   * service's database and consumer group, as two deployed instances do.
   */
  async addService(service: ServiceName, name: string = service): Promise<AppProcess> {
    const port = await freePort();
    const app = new AppProcess(name, service, port, {
      PORT: String(port),
      DATABASE_URL: serviceDatabaseUrl(this.postgres.adminUrl, DATABASE, service),
      KAFKA_BROKERS: this.kafka.address,
      KAFKA_START_FROM: 'earliest',
      OUTBOX_POLL_INTERVAL_MS: '500',
      GATEWAY_JWKS_URL: `http://127.0.0.1:${this.gatewayPort}/.well-known/jwks.json`,
      LOG_LEVEL: process.env.FAULTS_LOG_LEVEL ?? 'warn',
    });
    this.apps.set(name, app);
    this.track(() => app.stop());
    return app;
  }

  /** Each app's state and last output lines, for a failure message. */
  describeApps(): string {
    return [...this.apps.values(), ...(this.gatewayProcess ? [this.gatewayProcess] : [])]
      .map((app) => `${app.name} (${app.isRunning ? 'running' : 'not running'}):\n${app.lastLines}`)
      .join('\n');
  }

  /** A query or mutation through the gateway as the demo admin, with the HTTP status. */
  async graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
    const response = await fetch(this.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResult<T>, 'status'>;
    return { status: response.status, ...body };
  }

  /** Rows from the scenario's database as its superuser (every service's schema is readable). */
  async rows<T extends object>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.db.query<T>(sql, params)).rows;
  }

  private async startGateway(extraEnv: Record<string, string>): Promise<void> {
    const subgraphUrls = await Promise.all(
      SERVICE_NAMES.map(async (service) => {
        // A subgraph this scenario does not run: a port where nothing listens.
        const port = this.apps.get(service)?.port ?? (await freePort());
        return [`${service.toUpperCase()}_URL`, `http://127.0.0.1:${port}/graphql`];
      }),
    );
    const gateway = new AppProcess('gateway', 'gateway', this.gatewayPort, {
      PORT: String(this.gatewayPort),
      ...Object.fromEntries(subgraphUrls),
      IDENTITY_JWKS_URL: `${this.app('identity').baseUrl}/.well-known/jwks.json`,
      KAFKA_BROKERS: this.kafka.address,
      LOG_LEVEL: process.env.FAULTS_LOG_LEVEL ?? 'warn',
      ...extraEnv,
    });
    this.gatewayProcess = gateway;
    this.track(() => gateway.stop());
    gateway.start();
    await gateway.waitUntilAnswering('/healthz');
  }
}

/**
 * The broker and, as `npm start` does before any service starts, the topics: here only those of
 * the scenario's services (every topic they consume is one of theirs) and their groups' DLQs.
 */
async function startBroker(broker: PrivateKafka, services: ServiceName[]): Promise<void> {
  await broker.up();
  const kafka = new Kafka({
    clientId: 'crm-faults-setup',
    brokers: [broker.address],
    logLevel: logLevel.NOTHING,
  });
  const specs = services.flatMap((service) => [
    ...topicsOf(service).map(eventTopicSpec),
    deadLetterTopicSpec(deadLetterTopicOf(`crm.${service}`)),
  ]);
  await withKafkaStartupRetry('creating the scenario topics', () => provisionTopics(kafka, specs), {
    warn: () => undefined,
  });
}

const secondsSince = (from: number, to = Date.now()) => `${((to - from) / 1000).toFixed(1)} s`;

/** How long `step` took, e.g. "12.3 s". */
async function timed(step: Promise<void>): Promise<string> {
  const started = Date.now();
  await step;
  return secondsSince(started);
}

/** Identity's development key, which the identity process of the scenario signs with too. */
async function identityKey() {
  return loadSigningKey(undefined, devKeyFile('identity'));
}
