/** Something started that can be stopped: a subgraph, a gateway. */
interface Stoppable {
  stop(): Promise<void>;
}

export class StartDeadlineMissed extends Error {}

/**
 * Resolves with what `starting` starts, or rejects with StartDeadlineMissed naming `what` after
 * `deadlineMs`; a start that settles after that is stopped, so nothing of it keeps running.
 */
export async function stoppedUnlessStartedInTime<T extends Stoppable>(
  starting: Promise<T>,
  what: string,
  deadlineMs: number,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new StartDeadlineMissed(`${what} did not start within ${deadlineMs / 1000} s`)),
      deadlineMs,
    );
  });
  try {
    return await Promise.race([starting, deadline]);
  } catch (error) {
    starting.then((late) => late.stop()).catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
