import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadGatewayConfig, loadServiceConfig, SERVICE_NAMES } from '@crm/config';

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  depends_on?: unknown;
}

const compose = parse(readFileSync(path.join(__dirname, '..', '..', 'docker-compose.yml'), 'utf8'), {
  merge: true,
}) as { services: Record<string, ComposeService> };
const envOf = (container: string) => compose.services[container].environment ?? {};
const hostOf = (url: string) => new URL(url).hostname;

// Inside a container 127.0.0.1 is the container itself: every address must name another container.
describe('docker-compose.yml', () => {
  it.each(SERVICE_NAMES)('tells %s where the gateway publishes its keys', (service) => {
    const config = loadServiceConfig(service, envOf(service));

    expect(config.gatewayJwksUrl).toBe('http://gateway:4000/.well-known/jwks.json');
    expect(hostOf(config.databaseUrl)).toBe('postgres');
    expect(config.kafkaBrokers).toEqual(['kafka:9092']);
  });

  it("tells the gateway where identity's keys and every subgraph are", () => {
    const config = loadGatewayConfig(envOf('gateway'));

    expect(config.identityJwksUrl).toBe('http://identity:4001/.well-known/jwks.json');
    for (const service of SERVICE_NAMES) expect(hostOf(config.subgraphUrls[service])).toBe(service);
  });

  it.each([...SERVICE_NAMES, 'gateway'])('builds %s from its own Dockerfile', (app) => {
    expect(compose.services[app].build).toEqual({ context: '.', dockerfile: `apps/${app}/Dockerfile` });
  });

  it('sets the platform up (roles, schemas, topics) before any service starts', () => {
    expect(compose.services['platform-setup'].build).toEqual({
      context: '.',
      dockerfile: 'infra/Dockerfile',
    });
    for (const service of SERVICE_NAMES)
      expect(compose.services[service].depends_on).toMatchObject({
        'platform-setup': { condition: 'service_completed_successfully' },
      });
  });

  it('pins the images it pulls to a version', () => {
    const pulled = Object.values(compose.services).filter((service) => !service.build);
    for (const { image } of pulled) expect(image).toMatch(/^[\w./-]+:\d+(\.\d+)+[\w.-]*$/);
  });
});
