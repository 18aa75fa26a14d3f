import type { GraphQLResponse } from '@crm/platform-testing';

/** Each query is sent at most once per this many milliseconds: light load, a few requests per 10 ms. */
const PACE_MS = 10;

export interface AnswerCounts {
  sent: number;
  failed: number;
  /** The first failure, to tell a refused connection from an error the gateway made. */
  firstFailure?: string;
}

/**
 * Sends each query in a loop of its own through the gateway, one request at a time, paced, and
 * counts the answers by the phase of the test they were sent in. A failure is anything but a 200
 * with data and no errors: a refused or reset request, another status, a partial answer.
 */
export class SteadyLoad<TQuery extends string> {
  phase = 'warm-up';
  private readonly counts = new Map<string, AnswerCounts>();
  private running = true;
  private readonly loops: Promise<void>[];

  constructor(
    private readonly url: string,
    private readonly token: string,
    queries: Record<TQuery, string>,
  ) {
    this.loops = Object.entries<string>(queries).map(([name, query]) => this.loop(name, query));
  }

  answers(phase: string, query: TQuery): AnswerCounts {
    return this.counts.get(`${phase}\n${query}`) ?? { sent: 0, failed: 0 };
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  private async loop(name: string, query: string): Promise<void> {
    while (this.running) {
      const startedAt = Date.now();
      const phase = this.phase;
      this.record(phase, name, await this.failureOf(query));
      const rest = PACE_MS - (Date.now() - startedAt);
      if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
    }
  }

  /** Why the answer to `query` is a failure, or undefined when it is a full answer. */
  private async failureOf(query: string): Promise<string | undefined> {
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as GraphQLResponse;
      if (response.status !== 200) return `HTTP ${response.status}: ${JSON.stringify(body.errors?.[0])}`;
      if (body.errors?.length || !body.data) return JSON.stringify(body.errors?.[0] ?? body);
      return undefined;
    } catch (error) {
      return error instanceof Error ? `${error.message} (${String(error.cause)})` : String(error);
    }
  }

  private record(phase: string, name: string, failure: string | undefined): void {
    const key = `${phase}\n${name}`;
    const counts = this.counts.get(key) ?? { sent: 0, failed: 0 };
    counts.sent++;
    if (failure) {
      counts.failed++;
      counts.firstFailure ??= failure;
    }
    this.counts.set(key, counts);
  }
}
