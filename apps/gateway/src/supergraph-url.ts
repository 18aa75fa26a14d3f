import type { SupergraphSource } from './supergraph-source';

const FETCH_TIMEOUT_MS = 10_000;

/**
 * A supergraph served over HTTP (a schema registry, an object store), polled with the ETag of the
 * version in hand (RFC 9110 §13.1.2, If-None-Match): an unchanged graph costs a 304 and no body.
 */
export class SupergraphUrl implements SupergraphSource {
  private etag?: string;

  constructor(private readonly url: string) {}

  get description(): string {
    return `url ${this.url}`;
  }

  async initial(): Promise<string> {
    this.etag = undefined;
    const sdl = await this.changed();
    if (sdl === undefined) throw new Error(`${this.url} answered 304 to a request without If-None-Match`);
    return sdl;
  }

  async changed(): Promise<string | undefined> {
    const response = await fetch(this.url, {
      headers: this.etag ? { 'if-none-match': this.etag } : {},
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (response.status === 304) return undefined;
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`${this.url} answered ${response.status} ${response.statusText}`);
    }
    const sdl = await response.text();
    this.etag = response.headers.get('etag') ?? undefined;
    return sdl;
  }
}
