/**
 * Identical subgraph fetches in flight at the same time share one request: the first starts it,
 * the others wait for its answer (Hive Gateway does the same by default, and issue 16's bench
 * showed subgraph CPU per request falling about 5× with it). Only for reads, and the key holds
 * the caller's internal token and the full request body, so a caller only ever shares with itself.
 * Nothing is kept once the answer arrives: this is no cache.
 */
export class InFlightFetches<T> {
  private readonly pending = new Map<string, Promise<T>>();

  share(key: string, start: () => Promise<T>): Promise<T> {
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const started = start().finally(() => this.pending.delete(key));
    this.pending.set(key, started);
    return started;
  }

  get size(): number {
    return this.pending.size;
  }
}
