import {
  getNamedType,
  isCompositeType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** graphql-armor's weights, kept so the limits documented in the README stay what they were. */
const OBJECT_COST = 2;
const SCALAR_COST = 1;
const DEPTH_FACTOR = 1.5;
const PAGE_ARGUMENTS = ['first', 'last'];

type Variables = Record<string, unknown>;

interface CostContext {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Variables;
  fragmentCosts: Map<string, number>;
}

const asCount = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * How many items a list field asks for: its `first`/`last` as a literal, a variable's value, the
 * variable's default, or else the argument's default in the schema. Counting only literals
 * would let `first: $n` through at any size.
 */
function pageSizeAsked(
  argumentNodes: readonly { name: { value: string }; value: ValueNode }[],
  field: GraphQLField<unknown, unknown> | undefined,
  variables: Variables,
): number {
  for (const name of PAGE_ARGUMENTS) {
    const node = argumentNodes.find((argument) => argument.name.value === name);
    const asked = node
      ? asCount(
          node.value.kind === Kind.VARIABLE
            ? variables[node.value.name.value]
            : valueFromASTUntyped(node.value),
        )
      : asCount(field?.args.find((argument) => argument.name === name)?.defaultValue);
    if (asked !== null) return Math.max(asked, 1);
  }
  return 1;
}

function fieldOf(type: GraphQLCompositeType | undefined, name: string) {
  return type && 'getFields' in type ? type.getFields()[name] : undefined;
}

function typeNamed(schema: GraphQLSchema, name: string | undefined, fallback?: GraphQLCompositeType) {
  const type = name ? schema.getType(name) : fallback;
  return type && isCompositeType(type) ? type : undefined;
}

/** The cost of a selection set: fragments count as if their fields were written in place. */
function selectionCost(
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType | undefined,
  context: CostContext,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const field = fieldOf(parent, selection.name.value);
      if (!selection.selectionSet) {
        cost += SCALAR_COST;
        continue;
      }
      const child = typeNamed(context.schema, field && getNamedType(field.type).name);
      const children = selectionCost(selection.selectionSet, child, context);
      cost +=
        (OBJECT_COST + DEPTH_FACTOR * children) *
        pageSizeAsked(selection.arguments ?? [], field, context.variables);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = typeNamed(context.schema, selection.typeCondition?.name.value, parent);
      cost += selectionCost(selection.selectionSet, type, context);
    } else {
      cost += fragmentCost(selection.name.value, context);
    }
  }
  return cost;
}

/** A named fragment costs the same wherever it is spread: computed once (validation refused cycles). */
function fragmentCost(name: string, context: CostContext): number {
  const known = context.fragmentCosts.get(name);
  if (known !== undefined) return known;
  const fragment = context.fragments.get(name);
  const cost = fragment
    ? selectionCost(
        fragment.selectionSet,
        typeNamed(context.schema, fragment.typeCondition.name.value),
        context,
      )
    : 0;
  context.fragmentCosts.set(name, cost);
  return cost;
}

/**
 * The estimated cost of an operation, with graphql-armor's weights (object 2, scalar 1, ×1.5 per
 * level, × the page size of list fields), reading page sizes from variables and defaults too.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  requestVariables: Variables | undefined,
): number {
  const variables: Variables = { ...requestVariables };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables[name] === undefined && definition.defaultValue) {
      variables[name] = valueFromASTUntyped(definition.defaultValue);
    }
  }
  const fragments = new Map(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const root = schema.getRootType(operation.operation) ?? undefined;
  return selectionCost(operation.selectionSet, root, {
    schema,
    fragments,
    variables,
    fragmentCosts: new Map(),
  });
}
