import {
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import type { FieldProblem } from '@crm/errors';
import { CHECKED_SCALARS } from './scalars';

type Variables = Record<string, unknown>;

/**
 * Text Postgres cannot store: a NUL character (SQLSTATE 22021), or a UTF-16 surrogate without its
 * pair, which is no Unicode character at all (jsonb refuses it, 22P02).
 */
// eslint-disable-next-line no-control-regex -- the NUL character is exactly what is looked for
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_MESSAGE =
  'must be well-formed Unicode text without NUL characters (\\u0000) or unpaired surrogates';

/** Whether a scalar of any shape (a JSON `_Any` included) holds such text anywhere. */
function holdsUnstorableText(value: unknown): boolean {
  if (typeof value === 'string') return UNSTORABLE.test(value);
  if (Array.isArray(value)) return value.some(holdsUnstorableText);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, inner]) => UNSTORABLE.test(key) || holdsUnstorableText(inner));
  }
  return false;
}

function scalarProblem(typeName: string, value: unknown, field: string): FieldProblem | null {
  if (holdsUnstorableText(value)) return { field, message: UNSTORABLE_MESSAGE };
  const checked = CHECKED_SCALARS[typeName];
  if (!checked) return null;
  try {
    checked.scalar.parseValue(value);
    return null;
  } catch {
    return { field, message: `${checked.expected} (got ${JSON.stringify(value)})` };
  }
}

/**
 * The problems of one value already taken from the request (a variable's value), walked along
 * its input type. Values of the wrong shape are left to GraphQL's own coercion errors.
 */
function valueProblems(value: unknown, type: GraphQLInputType, field: string): FieldProblem[] {
  if (value === null || value === undefined) return [];
  if (isNonNullType(type)) return valueProblems(value, type.ofType, field);
  if (isListType(type)) {
    const items = Array.isArray(value) ? value : [value];
    return items.flatMap((item, i) =>
      valueProblems(item, type.ofType, Array.isArray(value) ? `${field}.${i}` : field),
    );
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) return [];
    const fields = type.getFields();
    return Object.entries(value).flatMap(([name, inner]) =>
      fields[name] ? valueProblems(inner, fields[name].type, `${field}.${name}`) : [],
    );
  }
  if (isScalarType(type)) {
    const problem = scalarProblem(type.name, value, field);
    return problem ? [problem] : [];
  }
  // Enums: GraphQL refuses unknown values itself.
  return [];
}

/** The problems of a value written in the document, where variables may stand for parts of it. */
function literalProblems(
  node: ValueNode,
  type: GraphQLInputType,
  field: string,
  variables: Variables,
): FieldProblem[] {
  if (node.kind === Kind.VARIABLE) return valueProblems(variables[node.name.value], type, field);
  if (node.kind === Kind.NULL) return [];
  if (isNonNullType(type)) return literalProblems(node, type.ofType, field, variables);
  if (isListType(type)) {
    if (node.kind !== Kind.LIST) return literalProblems(node, type.ofType, field, variables);
    return node.values.flatMap((item, i) => literalProblems(item, type.ofType, `${field}.${i}`, variables));
  }
  if (isInputObjectType(type)) {
    if (node.kind !== Kind.OBJECT) return [];
    const fields = type.getFields();
    return node.fields.flatMap((inner) => {
      const definition = fields[inner.name.value];
      return definition
        ? literalProblems(inner.value, definition.type, `${field}.${inner.name.value}`, variables)
        : [];
    });
  }
  if (isScalarType(type)) {
    const problem = scalarProblem(type.name, valueFromASTUntyped(node, variables), field);
    return problem ? [problem] : [];
  }
  return [];
}

/** Variables as the request gives them, with each definition's default where one is missing. */
function variablesWithDefaults(document: DocumentNode, variables: Variables): Variables {
  const merged: Variables = { ...variables };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const name = variable.variable.name.value;
      if (merged[name] === undefined && variable.defaultValue) {
        merged[name] = valueFromASTUntyped(variable.defaultValue);
      }
    }
  }
  return merged;
}

/**
 * Every bad value in every argument of a request, whatever field or input type it sits in: strings
 * with a NUL character (Postgres refuses them, SQLSTATE 22021) and dates that do not exist.
 * One schema-wide walk, so no resolver has to remember either check.
 */
export function argumentProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  rawVariables: Variables | undefined,
): FieldProblem[] {
  const variables = variablesWithDefaults(document, rawVariables ?? {});
  const typeInfo = new TypeInfo(schema);
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument) return;
        for (const problem of literalProblems(node.value, argument.type, node.name.value, variables)) {
          const key = `${problem.field}\n${problem.message}`;
          if (!seen.has(key)) problems.push(problem);
          seen.add(key);
        }
      },
    }),
  );
  return problems;
}
