import { Kind, parse, type OperationDefinitionNode } from 'graphql';

/**
 * The only root fields a caller without a token may use; answerSurvey proves itself with the
 * single-use token of the customer's invitation mail, unsubscribe with the signed token of a
 * marketing message's link.
 */
export const PUBLIC_MUTATIONS = new Set([
  'login',
  'refreshAccessToken',
  'logout',
  'answerSurvey',
  'unsubscribe',
]);

interface GraphQLRequestBody {
  query?: unknown;
  operationName?: unknown;
}

/** True when the request's operation selects nothing but public mutations. */
export function isPublicOperation(body: GraphQLRequestBody | undefined): boolean {
  if (typeof body?.query !== 'string') return false;
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(body.query).definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
  } catch {
    return false;
  }
  const operation =
    operations.length === 1
      ? operations[0]
      : operations.find((candidate) => candidate.name?.value === body.operationName);
  if (!operation || operation.operation !== 'mutation') return false;
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && PUBLIC_MUTATIONS.has(selection.name.value),
  );
}
