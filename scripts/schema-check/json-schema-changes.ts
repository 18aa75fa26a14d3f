import { isDeepStrictEqual } from 'node:util';

export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

/** One difference between two versions of an event's data schema. */
export interface JsonSchemaChange {
  readonly level: 'breaking' | 'safe';
  readonly message: string;
}

type SchemaObject = { readonly [keyword: string]: unknown };

/** Keywords that document and never validate: changing them is no change for a consumer. */
const ANNOTATIONS = new Set(['title', 'description', 'examples', '$comment', 'deprecated']);
/** Keywords compared by their own rule below; every other one is a constraint. */
const STRUCTURE = new Set(['properties', 'required', 'enum', 'additionalProperties', 'items']);
const BRANCHES = ['anyOf', 'oneOf', 'allOf'] as const;

/**
 * The changes between two data schemas of one event type and version, judged both ways because
 * events are kept for ever: consumers already deployed read the new events, and a rebuild replays
 * the old events through the new schema (DESIGN §4: "changes are additive").
 * - safe: a new optional property (readers ignore what they do not know), additionalProperties loosened;
 * - breaking: a property removed, a new required property, a property made required or optional,
 *   an enum value removed or added (a consumer cannot opt out of a value it does not handle),
 *   additionalProperties tightened, and any other constraint changed (type, format, pattern, lengths...).
 */
export function jsonSchemaChanges(before: JsonSchema, after: JsonSchema, at = 'data'): JsonSchemaChange[] {
  if (typeof before === 'boolean' || typeof after === 'boolean') {
    return isDeepStrictEqual(before, after) ? [] : [breaking(`${at}: schema changed`)];
  }
  return [
    ...propertyChanges(before, after, at),
    ...enumChanges(before, after, at),
    ...additionalPropertiesChanges(before, after, at),
    ...itemsChanges(before, after, at),
    ...BRANCHES.flatMap((keyword) => branchChanges(keyword, before, after, at)),
    ...constraintChanges(before, after, at),
  ];
}

function propertyChanges(before: SchemaObject, after: SchemaObject, at: string): JsonSchemaChange[] {
  const [oldProperties, newProperties] = [propertiesOf(before), propertiesOf(after)];
  const [oldRequired, newRequired] = [requiredOf(before), requiredOf(after)];
  const names = new Set([...Object.keys(oldProperties), ...Object.keys(newProperties)]);
  return [...names].flatMap((name) => {
    const path = `${at}.${name}`;
    if (!(name in newProperties)) return [breaking(`${path}: property removed`)];
    if (!(name in oldProperties)) {
      return newRequired.has(name)
        ? [breaking(`${path}: required property added (events published before lack it)`)]
        : [safe(`${path}: optional property added`)];
    }
    const requiredChange =
      oldRequired.has(name) === newRequired.has(name)
        ? []
        : [breaking(`${path}: ${newRequired.has(name) ? 'became required' : 'no longer required'}`)];
    return [...requiredChange, ...jsonSchemaChanges(oldProperties[name], newProperties[name], path)];
  });
}

function enumChanges(before: SchemaObject, after: SchemaObject, at: string): JsonSchemaChange[] {
  if (!Array.isArray(before.enum) || !Array.isArray(after.enum)) {
    return isDeepStrictEqual(before.enum, after.enum) ? [] : [breaking(`${at}: enum changed`)];
  }
  const [oldValues, newValues] = [before.enum as unknown[], after.enum as unknown[]];
  const has = (values: unknown[], value: unknown) => values.some((other) => isDeepStrictEqual(other, value));
  return [
    ...oldValues
      .filter((value) => !has(newValues, value))
      .map((value) => breaking(`${at}: enum value ${JSON.stringify(value)} removed`)),
    ...newValues
      .filter((value) => !has(oldValues, value))
      .map((value) => breaking(`${at}: enum value ${JSON.stringify(value)} added`)),
  ];
}

function additionalPropertiesChanges(
  before: SchemaObject,
  after: SchemaObject,
  at: string,
): JsonSchemaChange[] {
  // Absent means any property is allowed (JSON Schema's default).
  const [oldRule, newRule] = [before.additionalProperties ?? true, after.additionalProperties ?? true];
  if (isDeepStrictEqual(oldRule, newRule)) return [];
  if (isSchema(oldRule) && isSchema(newRule)) return jsonSchemaChanges(oldRule, newRule, `${at}{}`);
  if (newRule === true) return [safe(`${at}: additionalProperties loosened`)];
  return [breaking(`${at}: additionalProperties tightened`)];
}

function itemsChanges(before: SchemaObject, after: SchemaObject, at: string): JsonSchemaChange[] {
  if (isSchema(before.items) && isSchema(after.items)) {
    return jsonSchemaChanges(before.items, after.items, `${at}[]`);
  }
  return isDeepStrictEqual(before.items, after.items) ? [] : [breaking(`${at}: items changed`)];
}

/** Branches are matched by position: a branch added, removed or moved is a changed type. */
function branchChanges(
  keyword: (typeof BRANCHES)[number],
  before: SchemaObject,
  after: SchemaObject,
  at: string,
): JsonSchemaChange[] {
  const [oldBranches, newBranches] = [before[keyword], after[keyword]];
  if (isDeepStrictEqual(oldBranches, newBranches)) return [];
  if (
    !Array.isArray(oldBranches) ||
    !Array.isArray(newBranches) ||
    oldBranches.length !== newBranches.length
  ) {
    return [breaking(`${at}: ${keyword} changed`)];
  }
  return oldBranches.flatMap((branch: JsonSchema, index) =>
    jsonSchemaChanges(branch, newBranches[index] as JsonSchema, `${at}.${keyword}[${index}]`),
  );
}

function constraintChanges(before: SchemaObject, after: SchemaObject, at: string): JsonSchemaChange[] {
  const keywords = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keywords]
    .filter((keyword) => !ANNOTATIONS.has(keyword) && !STRUCTURE.has(keyword))
    .filter((keyword) => !(BRANCHES as readonly string[]).includes(keyword))
    .filter((keyword) => !isDeepStrictEqual(before[keyword], after[keyword]))
    .map((keyword) =>
      breaking(`${at}: ${keyword} changed from ${show(before[keyword])} to ${show(after[keyword])}`),
    );
}

function propertiesOf(schema: SchemaObject): Record<string, JsonSchema> {
  return isSchema(schema.properties) ? (schema.properties as Record<string, JsonSchema>) : {};
}

function requiredOf(schema: SchemaObject): Set<string> {
  return new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
}

function isSchema(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  return value === undefined ? 'none' : JSON.stringify(value);
}

const breaking = (message: string): JsonSchemaChange => ({ level: 'breaking', message });
const safe = (message: string): JsonSchemaChange => ({ level: 'safe', message });
