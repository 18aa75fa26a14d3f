import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { GATEWAY_PORT, SERVICE_NAMES, SERVICE_PORTS } from '@crm/config';
import { contentsOf, readDockerStages, type DockerStage } from './support/dockerfile-stages';

const root = path.join(__dirname, '..', '..');
const APPS = [...SERVICE_NAMES, 'gateway'] as const;
const portOf = (app: (typeof APPS)[number]) => (app === 'gateway' ? GATEWAY_PORT : SERVICE_PORTS[app]);
const stagesOf = (dockerfile: string) => readDockerStages(path.join(root, dockerfile));
const runtimeOf = (dockerfile: string): DockerStage => stagesOf(dockerfile).at(-1)!;
const commandOf = (stage: DockerStage): string[] => JSON.parse(contentsOf(stage, 'CMD')[0] ?? '[]');
const buildCommandOf = (app: string): string => {
  const project = JSON.parse(readFileSync(path.join(root, 'apps', app, 'project.json'), 'utf8'));
  return project.targets.build.options.command.replace('{projectRoot}', `apps/${app}`);
};

// Every image, apps and the platform setup alike, is built the same way and runs the same way.
describe.each([...APPS.map((app) => `apps/${app}/Dockerfile`), 'infra/Dockerfile'])('%s', (dockerfile) => {
  it('builds in one stage and runs in another', () => {
    expect(stagesOf(dockerfile).length).toBeGreaterThanOrEqual(2);
  });

  it('pins every base image to a Node 20 bookworm-slim patch release', () => {
    for (const stage of stagesOf(dockerfile)) {
      expect(stage.image).toBe('node');
      expect(stage.tag).toMatch(/^20\.\d+\.\d+-bookworm-slim$/);
    }
  });

  it('runs as a numeric non-root user, so Kubernetes can check runAsNonRoot', () => {
    const [user] = contentsOf(runtimeOf(dockerfile), 'USER');
    expect(user).toMatch(/^[1-9]\d*(:\d+)?$/);
  });

  it('installs only production packages in the image it runs', () => {
    expect(contentsOf(runtimeOf(dockerfile), 'RUN').join('\n')).toMatch(/npm ci --omit=dev/);
  });
});

describe.each(APPS)('the %s image', (app) => {
  const dockerfile = `apps/${app}/Dockerfile`;
  const runtime = runtimeOf(dockerfile);

  it("exposes the port the app's config listens on", () => {
    const [exposed] = contentsOf(runtime, 'EXPOSE');
    expect(exposed.split(/\s+/)[0]).toBe(String(portOf(app)));
  });

  it('checks its health on /healthz at that port', () => {
    const [healthcheck] = contentsOf(runtime, 'HEALTHCHECK');
    expect(healthcheck).toContain('/healthz');
    expect(healthcheck).toContain(`process.env.PORT || ${portOf(app)}`);
  });

  it("builds with the app's own build target and runs the bundle it copied", () => {
    const [build] = stagesOf(dockerfile);
    expect(contentsOf(build, 'RUN')).toContain(buildCommandOf(app));
    expect(commandOf(runtime)).toEqual(['node', '--enable-source-maps', `dist/apps/${app}/main.js`]);
    expect(contentsOf(runtime, 'COPY')).toContain(`/src/dist/apps/${app}/ dist/apps/${app}/`);
  });
});

describe('the bundles the images run', () => {
  // The real build, as the Dockerfiles run it: the entry point each CMD names must come out of it.
  it.each(APPS)(
    '%s: build-app.mjs writes the main.js the image runs',
    (app) => {
      const entryPoint = path.join(root, commandOf(runtimeOf(`apps/${app}/Dockerfile`)).at(-1)!);
      rmSync(entryPoint, { force: true });
      const [command, ...args] = buildCommandOf(app).split(' ');
      execFileSync(command, args, { cwd: root, stdio: 'pipe' });
      expect(existsSync(entryPoint)).toBe(true);
    },
    60_000,
  );

  it('build-platform-setup.mjs writes the setup the platform-setup image runs, with its SQL', () => {
    const [entryPoint] = commandOf(runtimeOf('infra/Dockerfile')).slice(-1);
    rmSync(path.join(root, entryPoint), { force: true });
    expect(contentsOf(stagesOf('infra/Dockerfile')[0], 'RUN')).toContain(
      'node scripts/build-platform-setup.mjs',
    );
    execFileSync('node', ['scripts/build-platform-setup.mjs'], { cwd: root, stdio: 'pipe' });
    expect(existsSync(path.join(root, entryPoint))).toBe(true);
    expect(existsSync(path.join(root, path.dirname(entryPoint), 'bootstrap.sql'))).toBe(true);
  }, 60_000);

  it('the gateway image carries the supergraph it serves', () => {
    expect(contentsOf(runtimeOf('apps/gateway/Dockerfile'), 'COPY')).toContain('supergraph.graphql ./');
  });

  it('the service image listens for inbound mail on every interface, not its own loopback', () => {
    expect(contentsOf(runtimeOf('apps/service/Dockerfile'), 'ENV')).toContain('INBOUND_SMTP_HOST=0.0.0.0');
  });

  it('the build context leaves out what is installed or built on the host', () => {
    const ignored = readFileSync(path.join(root, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['**/node_modules', 'dist', '.cache']));
  });
});
