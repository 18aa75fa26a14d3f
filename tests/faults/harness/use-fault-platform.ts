import { FaultPlatform, type FaultPlatformOptions } from './fault-platform';

/** Starting a scenario's world takes seconds on an idle machine and minutes on a loaded one. */
const START_TIMEOUT_MS = 300_000;
const STOP_TIMEOUT_MS = 90_000;

/**
 * A scenario file's platform: started before its tests, stopped after them, in reverse order of
 * start, including whatever a start that failed or timed out half-way had already started.
 */
export function useFaultPlatform(options: FaultPlatformOptions): () => FaultPlatform {
  let platform: FaultPlatform | undefined;
  const cleanups: (() => Promise<unknown>)[] = [];
  beforeAll(async () => {
    platform = await FaultPlatform.start(options, (cleanup) => cleanups.push(cleanup));
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }, STOP_TIMEOUT_MS);
  return () => {
    if (!platform) throw new Error('the scenario platform did not start (see the beforeAll error)');
    return platform;
  };
}
