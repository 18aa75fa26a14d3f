/**
 * How often a service's job workers poll their queue: JOB_POLL_INTERVAL_MS, a whole number of
 * milliseconds of at least 500 (default 1000). A bad value stops the service naming the variable.
 */
export function jobPollIntervalOf(env: NodeJS.ProcessEnv): number {
  const pollIntervalMs = Number(env.JOB_POLL_INTERVAL_MS?.trim() || 1000);
  if (!Number.isInteger(pollIntervalMs) || pollIntervalMs < 500) {
    throw new Error(
      `JOB_POLL_INTERVAL_MS: must be a whole number of milliseconds ≥ 500 (got "${env.JOB_POLL_INTERVAL_MS}")`,
    );
  }
  return pollIntervalMs;
}
