/** One Server-Sent Event as the live feed sends it. */
export interface FeedEvent {
  event: string;
  id: string;
  data: Record<string, unknown>;
}

/**
 * A client of the live feed through the gateway: `subscribed` resolves once the server says the
 * subscription is in place, `next(matches)` with the first event that matches (already received or
 * still to come). Everything is awaited on the stream itself: no timers.
 */
export class LiveFeedClient {
  readonly events: FeedEvent[] = [];
  readonly subscribed: Promise<void>;
  private readonly waiters = new Set<() => void>();
  private readonly abort = new AbortController();

  private constructor(response: Response) {
    let markSubscribed!: () => void;
    this.subscribed = new Promise((resolve) => (markSubscribed = resolve));
    void this.read(response, markSubscribed);
  }

  static async connect(
    url: string,
    token: string,
  ): Promise<{ status: number; client: LiveFeedClient | null }> {
    const abort = new AbortController();
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
      signal: abort.signal,
    });
    if (response.status !== 200) {
      await response.text();
      return { status: response.status, client: null };
    }
    const client = new LiveFeedClient(response);
    client.abort.signal.addEventListener('abort', () => abort.abort());
    return { status: 200, client };
  }

  async next(matches: (event: FeedEvent) => boolean): Promise<FeedEvent> {
    for (;;) {
      const found = this.events.find(matches);
      if (found) return found;
      await new Promise<void>((resolve) => this.waiters.add(resolve));
    }
  }

  close(): void {
    this.abort.abort();
  }

  private async read(response: Response, markSubscribed: () => void): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          this.take(buffer.slice(0, end), markSubscribed);
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // closed by the test
    }
  }

  private take(block: string, markSubscribed: () => void): void {
    if (block.startsWith(': subscribed')) return markSubscribed();
    const fields = Object.fromEntries(
      block
        .split('\n')
        .filter((line) => !line.startsWith(':') && line.includes(': '))
        .map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)]),
    );
    if (!fields.data) return;
    this.events.push({ event: fields.event, id: fields.id, data: JSON.parse(fields.data) });
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }
}
