import {
  Kind,
  parse,
  type ConstArgumentNode,
  type DocumentNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from 'graphql';
import { isGuarded } from './guard';

/** One subgraph as the kit starts it: its SDL and the resolver maps it merges. */
export interface SubgraphUnderCheck {
  name: string;
  typeDefs: DocumentNode | string;
  resolvers: object[];
}

interface ObjectType {
  fields: Set<string>;
  /** Fields named in `@key(fields: ...)`; empty for a type that is not an entity. */
  keyFields: Set<string>;
  resolvable: boolean;
}

const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];

const argument = (args: readonly ConstArgumentNode[] | undefined, name: string) =>
  args?.find((arg) => arg.name.value === name)?.value;

function objectTypesOf(typeDefs: DocumentNode | string): Map<string, ObjectType> {
  const document = typeof typeDefs === 'string' ? parse(typeDefs) : typeDefs;
  const types = new Map<string, ObjectType>();
  for (const node of document.definitions) {
    if (node.kind !== Kind.OBJECT_TYPE_DEFINITION && node.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const type = types.get(node.name.value) ?? { fields: new Set(), keyFields: new Set(), resolvable: true };
    addNode(type, node);
    types.set(node.name.value, type);
  }
  return types;
}

function addNode(type: ObjectType, node: ObjectTypeDefinitionNode | ObjectTypeExtensionNode): void {
  for (const field of node.fields ?? []) type.fields.add(field.name.value);
  for (const directive of node.directives ?? []) {
    if (directive.name.value !== 'key') continue;
    const fields = argument(directive.arguments, 'fields');
    if (fields?.kind === Kind.STRING)
      for (const name of fields.value.split(/[\s{}]+/).filter(Boolean)) type.keyFields.add(name);
    const resolvable = argument(directive.arguments, 'resolvable');
    if (resolvable?.kind === Kind.BOOLEAN && !resolvable.value) type.resolvable = false;
  }
}

function mergedFieldResolvers(maps: object[]): Map<string, Record<string, unknown>> {
  const merged = new Map<string, Record<string, unknown>>();
  for (const map of maps)
    for (const [typeName, fields] of Object.entries(map))
      if (typeof fields === 'object' && fields !== null)
        merged.set(typeName, { ...merged.get(typeName), ...(fields as Record<string, unknown>) });
  return merged;
}

/**
 * Every resolver a caller can reach without passing another guard, as `subgraph: Type.field`,
 * that is not wrapped by `guard`: root fields, `__resolveReference` of the subgraph's entities,
 * and the fields it contributes to another subgraph's entity (the gateway reaches those through
 * `_entities`, which skips the root fields' checks). `entityOwners` names the subgraph owning each
 * entity type (`@key`); an entity missing from it is reported too, so a new one is never skipped.
 */
export function findUnguardedResolvers(
  subgraph: SubgraphUnderCheck,
  entityOwners: Readonly<Record<string, string>>,
): string[] {
  const resolvers = mergedFieldResolvers(subgraph.resolvers);
  const problems: string[] = [];
  const expectGuarded = (typeName: string, field: string, required = true) => {
    const resolver = resolvers.get(typeName)?.[field];
    if (resolver === undefined && !required) return;
    if (!isGuarded(resolver)) problems.push(`${subgraph.name}: ${typeName}.${field}`);
  };
  for (const [typeName, type] of objectTypesOf(subgraph.typeDefs)) {
    if (ROOT_TYPES.includes(typeName)) {
      for (const field of type.fields) expectGuarded(typeName, field);
      continue;
    }
    if (type.keyFields.size === 0) continue;
    const owner = entityOwners[typeName];
    if (owner === undefined) {
      problems.push(`${subgraph.name}: ${typeName} is an entity (@key) with no declared owner`);
      continue;
    }
    const owned = owner === subgraph.name;
    expectGuarded(typeName, '__resolveReference', owned && type.resolvable);
    if (owned) continue;
    for (const field of type.fields) if (!type.keyFields.has(field)) expectGuarded(typeName, field);
  }
  return problems;
}
