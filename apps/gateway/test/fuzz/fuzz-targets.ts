import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** One value the fuzzer can replace: an argument, or a field inside an argument's input object. */
export interface FuzzLeaf {
  /** Where it sits, as errors name it: `input.lines.0.dueDate`. */
  path: string[];
  type: GraphQLInputType;
}

/** A field the fuzzer calls: a root query or mutation, or a field reached through a root by-id query. */
export interface FuzzTarget {
  /** `Mutation.recordPayment`, `Customer.opportunities`. */
  name: string;
  operation: 'query' | 'mutation';
  /** The subgraph that resolves the field (its `@join__field(graph:)`), whose schema it writes. */
  service: string;
  field: GraphQLField<unknown, unknown>;
  /** For a nested field: the root by-id query and the type of its parent. */
  via?: { rootField: string; parentType: string };
  leaves: FuzzLeaf[];
}

export function loadSupergraph(path: string): GraphQLSchema {
  return buildSchema(readFileSync(path, 'utf8'), { assumeValidSDL: true });
}

/** The subgraph named by a field's `@join__field(graph: X)`, else by its type's only `@join__type`. */
function serviceOf(field: GraphQLField<unknown, unknown>, parent: GraphQLObjectType): string {
  const directives = [
    ...(field.astNode?.directives ?? []).filter((directive) => directive.name.value === 'join__field'),
    ...(parent.astNode?.directives ?? []).filter((directive) => directive.name.value === 'join__type'),
  ];
  for (const directive of directives) {
    const graph = directive.arguments?.find((argument) => argument.name.value === 'graph')?.value;
    if (graph?.kind === Kind.ENUM) return graph.value.toLowerCase();
  }
  return 'unknown';
}

/** Every replaceable value of an argument, at most `depth` input objects deep. */
function leavesOf(type: GraphQLInputType, path: string[], depth = 3): FuzzLeaf[] {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || depth === 0) return [{ path, type }];
  const listed = isListType(isNonNullType(type) ? type.ofType : type);
  const inner = Object.values(named.getFields()).flatMap((field) =>
    leavesOf(field.type, [...path, ...(listed ? ['0'] : []), field.name], depth - 1),
  );
  return [{ path, type }, ...inner];
}

const argumentLeaves = (args: readonly GraphQLArgument[]) =>
  args.flatMap((argument) => leavesOf(argument.type, [argument.name]));

function rootTargets(schema: GraphQLSchema, operation: 'query' | 'mutation'): FuzzTarget[] {
  const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
  if (!root) return [];
  return Object.values(root.getFields()).map((field) => ({
    name: `${root.name}.${field.name}`,
    operation,
    service: serviceOf(field, root),
    field,
    leaves: argumentLeaves(field.args),
  }));
}

/**
 * Fields with arguments on entities (`Customer.opportunities(first, after)`), reached through the
 * root query that fetches their parent by id (`customer(id:)`).
 */
function nestedTargets(schema: GraphQLSchema): FuzzTarget[] {
  const query = schema.getQueryType()!;
  const byIdRoot = new Map<string, string>();
  for (const field of Object.values(query.getFields())) {
    const [only] = field.args;
    if (field.args.length === 1 && only.name === 'id' && isObjectType(getNamedType(field.type))) {
      byIdRoot.set(getNamedType(field.type).name, field.name);
    }
  }
  const targets: FuzzTarget[] = [];
  for (const [typeName, rootField] of byIdRoot) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      targets.push({
        name: `${typeName}.${field.name}`,
        operation: 'query',
        service: serviceOf(field, type),
        field,
        via: { rootField, parentType: typeName },
        leaves: argumentLeaves(field.args),
      });
    }
  }
  return targets;
}

/** Every mutation, every query with arguments, every entity field with arguments. */
export function fuzzTargets(schema: GraphQLSchema): FuzzTarget[] {
  return [
    ...rootTargets(schema, 'mutation'),
    ...rootTargets(schema, 'query').filter((target) => target.field.args.length > 0),
    ...nestedTargets(schema),
  ];
}
