/** The operation label of a request without a name. */
export const ANONYMOUS_OPERATION = 'anonymous';

/**
 * The client's operation a request belongs to. @apollo/gateway names its subgraph fetches
 * `<Operation>__<subgraph>__<n>`, so a subgraph counts them under the client's operation.
 */
export function operationNameOf(name: string | null | undefined): string {
  if (!name) return ANONYMOUS_OPERATION;
  return name.replace(/__[a-z_]+__\d+$/, '');
}
