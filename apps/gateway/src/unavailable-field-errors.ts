import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type SelectionSetNode,
} from 'graphql';
import { ErrorCode } from '@crm/errors';

type Path = (string | number)[];
type Fragments = Map<string, FragmentDefinitionNode>;

interface Representation {
  __typename?: unknown;
}

/** Response names (alias or field name) a selection set asks for on `typename` (any type when undefined). */
function responseNames(selectionSet: SelectionSetNode, fragments: Fragments, typename?: string): string[] {
  const names = new Set<string>();
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') names.add(selection.alias?.value ?? selection.name.value);
      continue;
    }
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
    const condition = fragment?.typeCondition?.name.value;
    if (!fragment || (typename && condition && condition !== typename)) continue;
    for (const name of responseNames(fragment.selectionSet, fragments, typename)) names.add(name);
  }
  return [...names];
}

/**
 * The fields a subgraph fetch would have resolved, as paths in the subgraph's response: the root
 * fields of a root fetch, or `_entities.<i>.<field>` for each representation of an entity fetch.
 * @apollo/gateway maps these paths onto the client's response as it does for the subgraph's own
 * errors (executeQueryPlan's error path generator), so the client learns which fields are null.
 */
export function pathsOfFetch(document: DocumentNode, representations: unknown): Path[] {
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation) return [];
  const fragments: Fragments = new Map(
    document.definitions
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const entities = operation.selectionSet.selections.find(
    (selection) => selection.kind === Kind.FIELD && selection.name.value === '_entities',
  );
  if (entities?.kind !== Kind.FIELD || !entities.selectionSet || !Array.isArray(representations))
    return responseNames(operation.selectionSet, fragments).map((name) => [name]);
  const entitySelection = entities.selectionSet;
  return (representations as Representation[]).flatMap((representation, index) => {
    const typename = typeof representation?.__typename === 'string' ? representation.__typename : undefined;
    const names = responseNames(entitySelection, fragments, typename);
    return names.map((name) => ['_entities', index, name]);
  });
}

/** The errors a fetch to an unavailable subgraph yields: one per field it would have resolved. */
export function unavailableFieldErrors(
  service: string,
  reason: string,
  document: DocumentNode,
  representations: unknown,
): GraphQLFormattedError[] {
  const message = `The ${service} service is unavailable (${reason}); its fields are null. Retry in a few seconds.`;
  const extensions = { code: ErrorCode.ServiceUnavailable, service };
  const paths = pathsOfFetch(document, representations);
  if (paths.length === 0) return [{ message, extensions }];
  return paths.map((path) => ({ message, path, extensions }));
}
