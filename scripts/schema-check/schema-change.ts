/**
 * How a change affects those who depend on a schema: `breaking` fails the check unless the
 * allow-file lists it, `dangerous` is printed and passes (GraphQL Inspector's DANGEROUS: e.g. a new
 * enum value in an output type), `safe` is additive.
 */
export type ChangeLevel = 'breaking' | 'dangerous' | 'safe';

/** One change between the baseline and the working tree, in one subject. */
export interface SchemaChange {
  /** A subgraph's name, `supergraph`, or an event type. */
  readonly subject: string;
  readonly level: ChangeLevel;
  /** Stable wording: the allow-file names a change by its subject and this message. */
  readonly message: string;
}
