import { AppFailedError, AppSupervisor, describeFailure } from '../service-process';

const node = process.execPath;
const quiet = { echo: () => undefined };
/** A child that runs until it is told to stop. */
const idleApp = ['-e', 'console.log("listening"); setInterval(() => undefined, 1000)'];

describe('AppSupervisor', () => {
  let apps: AppSupervisor;

  afterEach(() => apps.stopAll());

  it('reports the app that dies on its own, with its exit code and last lines', async () => {
    apps = new AppSupervisor(quiet);
    apps.start('identity', node, idleApp, {});
    apps.start(
      'customer',
      node,
      [
        '-e',
        'console.log("migrations applied"); console.error("KafkaJSProtocolError: This server does not host this topic-partition"); process.exit(1)',
      ],
      {},
    );

    const failure = await apps.failure;

    expect(failure).toEqual({
      app: 'customer',
      code: 1,
      signal: null,
      lastLines: [
        'migrations applied',
        'KafkaJSProtocolError: This server does not host this topic-partition',
      ],
    });
    expect(describeFailure(failure)).toBe(
      'customer exited with code 1; its last lines:\n' +
        '  | migrations applied\n' +
        '  | KafkaJSProtocolError: This server does not host this topic-partition',
    );
  });

  it('ends a startup step that waits for a dead app with the failure instead of hanging', async () => {
    apps = new AppSupervisor(quiet);
    apps.start('sales', node, ['-e', 'console.error("sales failed to start"); process.exit(3)'], {});
    const neverReady = new Promise<void>(() => undefined);

    const outcome = apps.whileRunning(neverReady);

    await expect(outcome).rejects.toBeInstanceOf(AppFailedError);
    await expect(outcome).rejects.toThrow(
      'sales exited with code 3; its last lines:\n  | sales failed to start',
    );
  });

  it('keeps only the last lines of an app', async () => {
    apps = new AppSupervisor({ ...quiet, tailLines: 2 });
    apps.start(
      'marketing',
      node,
      ['-e', 'for (const n of [1, 2, 3, 4]) console.log(`line ${n}`); process.exit(2)'],
      {},
    );

    expect((await apps.failure).lastLines).toEqual(['line 3', 'line 4']);
  });

  it('does not count the apps it stops as failures', async () => {
    apps = new AppSupervisor(quiet);
    apps.start('analytics', node, idleApp, {});
    await waitForLine(apps, 'analytics', 'listening');

    await apps.stopAll();

    expect(apps.failed).toBeUndefined();
  });

  it('echoes every line of output as it comes', async () => {
    const echoed: string[] = [];
    apps = new AppSupervisor({ echo: (line, stream) => echoed.push(`${stream}: ${line}`) });
    apps.start('service', node, ['-e', 'console.log("out"); console.error("err"); process.exit(0)'], {});

    await apps.failure;

    expect(echoed.sort()).toEqual(['stderr: err', 'stdout: out']);
  });
});

async function waitForLine(apps: AppSupervisor, app: string, line: string): Promise<void> {
  while (!apps.lastLinesOf(app).includes(line)) await new Promise((resolve) => setImmediate(resolve));
}
