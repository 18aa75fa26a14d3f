/** Where the gateway's supergraph comes from: read once at start, then asked for news every poll. */
export interface SupergraphSource {
  /** For logs and /readyz, e.g. `file supergraph.graphql`. */
  readonly description: string;
  /** The supergraph SDL now; throws when it cannot be read (the gateway cannot start without one). */
  initial(): Promise<string>;
  /** The SDL when the source holds a new version since the last call, else undefined. */
  changed(): Promise<string | undefined>;
}
