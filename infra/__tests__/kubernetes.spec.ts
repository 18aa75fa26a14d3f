import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  GATEWAY_PORT,
  loadGatewayConfig,
  loadInfrastructureConfig,
  loadMailConfig,
  loadServiceConfig,
  SERVICE_NAMES,
  SERVICE_PORTS,
} from '@crm/config';
import { resolveContainerEnv, type Container } from './support/container-env';
import { validateAgainstKubernetesSchema, type KubernetesObject } from './support/kubernetes-schemas';
import { kubectlAvailable, parseManifests, renderProductionOverlay } from './support/render-kustomization';

const k8s = path.join(__dirname, '..', 'k8s');
const base = path.join(k8s, 'base');
const APPS = [...SERVICE_NAMES, 'gateway'] as const;
type App = (typeof APPS)[number];
const portOf = (app: App) => (app === 'gateway' ? GATEWAY_PORT : SERVICE_PORTS[app]);

/** What each app refuses to start without in production, besides its config's (see each loader). */
const PRODUCTION_SECRETS: Partial<Record<App, string[]>> = {
  identity: ['IDENTITY_SIGNING_KEY'], // apps/identity/src/identity-signing-key.ts
  marketing: ['MARKETING_LINK_SECRET'], // apps/marketing/src/messages/message-settings.ts
  analytics: ['ANALYTICS_LINK_SECRET'], // apps/analytics/src/reports/export/export-settings.ts
  gateway: ['GATEWAY_SIGNING_KEY'], // libs/auth/src/signing-key.ts
};
const MAIL_APPS: App[] = ['service', 'notification', 'marketing'];

const yamlFilesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.yaml') && path.basename(file) !== 'kustomization.yaml')
    .sort();

describe('infra/k8s/base', () => {
  const kustomization = parse(readFileSync(path.join(base, 'kustomization.yaml'), 'utf8'));

  it('lists every manifest in its kustomization, and only those', () => {
    expect([...kustomization.resources].sort()).toEqual(yamlFilesUnder(base));
  });

  it.each(yamlFilesUnder(base))('%s: every document fits the Kubernetes API schema', (file) => {
    for (const object of parseManifests(readFileSync(path.join(base, file), 'utf8')))
      validateAgainstKubernetesSchema(object);
  });
});

// kubectl's kustomize renders the overlay; without kubectl only CI insists.
const describeRendered = kubectlAvailable() || process.env.CI ? describe : describe.skip;

describeRendered('the production overlay as kubectl apply -k sends it', () => {
  let objects: KubernetesObject[];
  beforeAll(() => {
    objects = renderProductionOverlay(k8s);
  });
  const find = (kind: string, name: string) =>
    objects.find((object) => object.kind === kind && object.metadata.name === name)!;
  const podSpecOf = (app: App) =>
    (
      find('Deployment', app).spec as {
        template: { metadata: { labels: Record<string, string> }; spec: { containers: Container[] } };
      }
    ).template;
  const containerOf = (app: App) => podSpecOf(app).spec.containers[0];
  const envOf = (app: App) => resolveContainerEnv(containerOf(app), objects);

  it('fits the Kubernetes API schema, object by object, in namespace crm', () => {
    for (const object of objects) {
      validateAgainstKubernetesSchema(object);
      if (object.kind !== 'Namespace') expect(object.metadata.namespace).toBe('crm');
    }
  });

  it('runs every image from the registry at one release', () => {
    const images = objects
      .filter((object) => object.kind === 'Deployment' || object.kind === 'Job')
      .map((object) => JSON.stringify(object.spec).match(/"image":"([^"]+)"/)![1]);
    for (const image of images) expect(image).toMatch(/^registry\.example\.com\/crm\/[a-z-]+:0\.1\.0$/);
  });

  it('marks every secret value as a placeholder to replace', () => {
    for (const secret of objects.filter((object) => object.kind === 'Secret'))
      for (const value of Object.values(secret.data as Record<string, string>))
        expect(Buffer.from(value, 'base64').toString('utf8')).toContain('REPLACE_ME');
  });

  describe.each(APPS)('%s', (app) => {
    it("listens, is probed and is reached on its config's port", () => {
      const env = envOf(app);
      const port = app === 'gateway' ? loadGatewayConfig(env).port : loadServiceConfig(app, env).port;
      const container = containerOf(app);
      const http = container.ports!.find((candidate) => candidate.name === 'http')!;

      expect(port).toBe(portOf(app));
      expect(http.containerPort).toBe(port);
      expect(container.readinessProbe!.httpGet).toEqual({ path: '/readyz', port: 'http' });
      expect(container.livenessProbe!.httpGet).toEqual({ path: '/healthz', port: 'http' });
      const servicePorts = (find('Service', app).spec as { ports: { name: string }[] }).ports;
      expect(servicePorts.find((candidate) => candidate.name === 'http')).toEqual({
        name: 'http',
        port,
        targetPort: 'http',
      });
    });

    it('gets every address and secret production needs, none of them its own loopback', () => {
      const env = envOf(app);
      for (const variable of PRODUCTION_SECRETS[app] ?? []) expect(env[variable]).toContain('REPLACE_ME');
      if (MAIL_APPS.includes(app)) expect(() => loadMailConfig(env)).not.toThrow();
      if (app === 'gateway') {
        const config = loadGatewayConfig(env);
        expect(new URL(config.identityJwksUrl).host).toBe(`identity:${SERVICE_PORTS.identity}`);
        for (const service of SERVICE_NAMES)
          expect(new URL(config.subgraphUrls[service]).host).toBe(`${service}:${SERVICE_PORTS[service]}`);
        return;
      }
      const config = loadServiceConfig(app, env);
      expect(config.nodeEnv).toBe('production');
      expect(new URL(config.gatewayJwksUrl).host).toBe(`gateway:${GATEWAY_PORT}`);
      expect(new URL(config.databaseUrl).username).toBe(`crm_${app}`);
      for (const address of [new URL(config.databaseUrl).hostname, ...config.kafkaBrokers])
        expect(address).not.toMatch(/^(127\.|localhost)/);
    });

    it('asks for resources, scales on CPU and keeps one pod through disruptions', () => {
      const labels = podSpecOf(app).metadata.labels;
      expect(containerOf(app).resources).toMatchObject({
        requests: { cpu: expect.any(String), memory: expect.any(String) },
        limits: { memory: expect.any(String) },
      });
      expect(find('HorizontalPodAutoscaler', app).spec).toMatchObject({
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: app },
      });
      const disruptionBudget = find('PodDisruptionBudget', app).spec as {
        minAvailable: number;
        selector: { matchLabels: Record<string, string> };
      };
      expect(disruptionBudget.minAvailable).toBeGreaterThanOrEqual(1);
      expect(labels).toMatchObject(disruptionBudget.selector.matchLabels);
    });
  });

  it('lets only the gateway reach the subgraphs', () => {
    const policy = find('NetworkPolicy', 'subgraphs-from-gateway-only').spec as {
      podSelector: { matchLabels: Record<string, string> };
      ingress: { from: { podSelector: { matchLabels: Record<string, string> } }[] }[];
    };
    for (const service of SERVICE_NAMES)
      expect(podSpecOf(service).metadata.labels).toMatchObject(policy.podSelector.matchLabels);
    expect(podSpecOf('gateway').metadata.labels).not.toMatchObject(policy.podSelector.matchLabels);
    expect(policy.ingress).toHaveLength(1);
    expect(policy.ingress[0].from).toHaveLength(1);
    expect(podSpecOf('gateway').metadata.labels).toMatchObject(
      policy.ingress[0].from[0].podSelector.matchLabels,
    );
  });

  it('sets the platform up with the admin connection and the brokers', () => {
    const job = find('Job', 'platform-setup').spec as { template: { spec: { containers: Container[] } } };
    const env = resolveContainerEnv(job.template.spec.containers[0], objects);
    const config = loadInfrastructureConfig(env);

    expect(new URL(config.adminDatabaseUrl).hostname).toBe('postgres');
    expect(config.kafkaBrokers).toEqual(['kafka:9092']);
  });
});
