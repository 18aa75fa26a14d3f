import type { EventSchema } from './event-schemas';

/** Everything the gate compares, at one commit or in the working tree. */
export interface SchemaSnapshot {
  /** Each subgraph's whole SDL, by service name. */
  readonly subgraphs: ReadonlyMap<string, string>;
  /** Undefined before the repository had one. */
  readonly supergraph: string | undefined;
  readonly events: ReadonlyMap<string, EventSchema>;
}
