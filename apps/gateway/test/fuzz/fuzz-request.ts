import {
  getNamedType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import type { FuzzLeaf, FuzzTarget } from './fuzz-targets';
import { goodValue, type Seeds } from './fuzz-values';

export interface FuzzRequest {
  query: string;
  variables: Record<string, unknown>;
}

const selectionOf = (type: GraphQLOutputType) => (isLeafType(getNamedType(type)) ? '' : ' { __typename }');

/** The input type one step down a leaf's path (`lines` → its item type, `0` → the item). */
function fieldTypeAt(type: GraphQLInputType, step: string): GraphQLInputType | undefined {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return step === '0' ? inner.ofType : undefined;
  return isInputObjectType(inner) ? inner.getFields()[step]?.type : undefined;
}

/** `base` with `value` written at `path`, filling each object on the way with its required fields. */
function withValueAt(
  base: unknown,
  type: GraphQLInputType,
  path: string[],
  value: unknown,
  seeds: Seeds,
): unknown {
  if (path.length === 0) return value;
  const [step, ...rest] = path;
  const inner = fieldTypeAt(type, step);
  if (!inner) return base;
  if (step === '0') {
    const list = Array.isArray(base) && base.length > 0 ? base : [goodValue(inner, step, seeds)];
    return [withValueAt(list[0], inner, rest, value, seeds), ...list.slice(1)];
  }
  const object = (base && typeof base === 'object' ? base : goodValue(type, step, seeds)) as Record<
    string,
    unknown
  >;
  const current = object[step] ?? (rest.length > 0 ? goodValue(inner, step, seeds) : undefined);
  return { ...object, [step]: withValueAt(current, inner, rest, value, seeds) };
}

/**
 * The request that sends `value` at one leaf of a target, every other required argument with a
 * plausible value. All arguments travel as variables, so any value (even a wrong type) is sent.
 */
export function fuzzRequest(target: FuzzTarget, leaf: FuzzLeaf, value: unknown, seeds: Seeds): FuzzRequest {
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const uses: string[] = [];
  for (const argument of target.field.args) {
    const isTarget = argument.name === leaf.path[0];
    if (!isTarget && !isNonNullType(argument.type)) continue;
    // An `id` argument names the record the field returns: `updateCustomer(id:)` gets the seeded customer.
    const seedName =
      argument.name === 'id' ? getNamedType(target.field.type).name.toLowerCase() : argument.name;
    const good = goodValue(argument.type, seedName, seeds);
    variables[argument.name] = isTarget
      ? withValueAt(good, argument.type, leaf.path.slice(1), value, seeds)
      : good;
    definitions.push(`$${argument.name}: ${argument.type.toString()}`);
    uses.push(`${argument.name}: $${argument.name}`);
  }
  const call = `${target.field.name}${uses.length ? `(${uses.join(', ')})` : ''}${selectionOf(target.field.type)}`;
  if (!target.via) {
    const header = definitions.length ? `(${definitions.join(', ')})` : '';
    return { query: `${target.operation}${header} { ${call} }`, variables };
  }
  variables.parentId = seeds[target.via.parentType.toLowerCase()];
  definitions.push('$parentId: ID!');
  return {
    query: `query (${definitions.join(', ')}) { ${target.via.rootField}(id: $parentId) { ${call} } }`,
    variables,
  };
}
