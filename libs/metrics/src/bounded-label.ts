/** What a label takes once it has seen its limit of distinct values, or a value it will not keep. */
export const OTHER_LABEL_VALUE = 'other';

/**
 * Keeps a label's values few: each Prometheus series costs memory for as long as it lives, and
 * operation names and error codes come from clients and subgraphs. Values must look like GraphQL
 * names (or codes), and only the first `limit` distinct ones are kept; the rest become "other".
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(private readonly limit: number) {}

  valueOf(raw: string): string {
    if (this.seen.has(raw)) return raw;
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,99}$/.test(raw) || this.seen.size >= this.limit) return OTHER_LABEL_VALUE;
    this.seen.add(raw);
    return raw;
  }
}
