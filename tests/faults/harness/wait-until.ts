export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Polls `condition` until it holds, with a deadline: the suite waits on conditions, never on
 * fixed sleeps. The error names what never happened and the last value seen.
 */
export async function waitUntil<T>(
  what: string,
  condition: () => Promise<T | false | undefined> | T | false | undefined,
  { timeoutMs = 60_000, intervalMs = 250 }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastProblem: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value !== false && value !== undefined) return value;
      lastProblem = undefined;
    } catch (error) {
      lastProblem = error;
    }
    if (Date.now() > deadline) {
      const why = lastProblem instanceof Error ? `; last error: ${lastProblem.message}` : '';
      throw new Error(`waited ${timeoutMs / 1000} s for ${what}${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
